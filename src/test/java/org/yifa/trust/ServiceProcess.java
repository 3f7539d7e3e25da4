package org.yifa.trust;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yifa.store.load.DataFiles;

/**
 * The service as a separate JVM on a store directory of its own, so that a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}) and start it again on the same directory. It runs
 * from the test's class path without {@code test-classes}, i.e. as shipped, with one admin given
 * on the command line (a bearer token made up per instance). It listens on loopback ports only.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern FUSEKI = Pattern.compile("Fuseki serves the store read-only at (http://\\S+)");

    private final String name;
    private final Path store;
    private final List<String> options;
    private final List<String> jvmOptions;
    private final String token;
    private final Path logDir;
    private Process process;
    private int port;
    private int starts;
    private Path log;

    private ServiceProcess(String name, Path store, List<String> jvmOptions, List<String> options) {
        this.name = name;
        this.store = store;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.options = List.copyOf(options);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        this.logDir = Path.of("target", "trust");
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    }

    /**
     * Starts the service on {@code store} and waits until it answers.
     *
     * @param options more {@code --name=value} arguments, e.g. {@code --yifa.store.query-timeout=2s}
     */
    static ServiceProcess start(String name, Path store, List<String> jvmOptions, String... options) {
        ServiceProcess service = new ServiceProcess(name, store, jvmOptions, Arrays.asList(options));
        service.start();
        return service;
    }

    /** Starts (again) on the same store, on a fresh port, and waits until it answers. */
    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        port = freePort();
        starts++;
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log = logDir.resolve(name + "-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("org.yifa.YifaApplication");
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--yifa.fuseki.port=0");
        command.add("--yifa.store.dir=" + store.toAbsolutePath());
        command.add("--yifa.security.users.trust-admin.token-hash="
                + DataFiles.sha256(token.getBytes(StandardCharsets.UTF_8)));
        command.add("--yifa.security.users.trust-admin.role=admin");
        command.addAll(options);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        awaitReady(Duration.ofSeconds(180));
    }

    private void awaitReady(Duration limit) {
        Client client = new Client(base(), Duration.ofSeconds(5));
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before answering:\n"
                        + tail(60));
            }
            try {
                if (client.get("/api/units").status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException(name + " did not answer within " + limit + ":\n" + tail(60));
    }

    /** The running service's process id (for {@code /proc/{pid}/…}). */
    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM gets no chance to finish anything (no shutdown hooks, no flushing). */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM and wait for a clean shutdown; SIGKILL after 30 s. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The admin's Authorization header. */
    String admin() {
        return "Bearer " + token;
    }

    /** The embedded Fuseki's query endpoint, as the service logged it. */
    String fusekiQueryUrl() {
        // Fuseki starts in the last lifecycle phase, after the web server may already answer.
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; sleep(200)) {
            Matcher m = FUSEKI.matcher(tail(10_000));
            String url = null;
            while (m.find()) {
                url = m.group(1);
            }
            if (url != null) {
                return url;
            }
        }
        throw new IllegalStateException("No Fuseki address in " + log);
    }

    Path log() {
        return log;
    }

    /** The last lines of the current log. */
    String tail(int lines) {
        try {
            // Decoded leniently: a log is not guaranteed to be clean UTF-8.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The test class path as shipped: without the test classes (and the test users they configure). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
