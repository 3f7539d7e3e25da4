package org.yifa.store.remote;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Apache Jena Fuseki server ({@code org.apache.jena:jena-fuseki-server}, copied to
 * {@code target/fuseki/} by the build) run as a separate JVM on a loopback port: a persistent TDB2
 * dataset {@code /ds} whose default graph is the union of its named graphs, updates allowed, strict
 * SPARQL (no Jena extensions), as an external store would be. The benchmark's remote mode uses it too.
 */
public final class FusekiServer implements RemoteServer {

    static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");

    private final Path dir;
    private final boolean unionDefaultGraph;
    private final int port;
    private final Path log;
    private final String heap;
    private Process process;

    public FusekiServer(Path dir) throws IOException {
        this(dir, true);
    }

    /**
     * A server in {@code dir}; {@code unionDefaultGraph} false gives a stock in-memory dataset
     * ({@code fuseki-server --mem --update /ds}), whose default graph is a graph of its own.
     */
    public FusekiServer(Path dir, boolean unionDefaultGraph) throws IOException {
        this(dir, unionDefaultGraph, "1g");
    }

    /** As above, the server's JVM given {@code heap} ({@code -Xmx}, e.g. "2g"). */
    public FusekiServer(Path dir, boolean unionDefaultGraph, String heap) throws IOException {
        this.unionDefaultGraph = unionDefaultGraph;
        this.heap = heap;
        this.dir = dir;
        this.port = freePort();
        this.log = dir.resolveSibling(dir.getFileName() + ".log");
        Files.createDirectories(dir);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public String name() {
        return unionDefaultGraph ? "Fuseki, TDB2 with a union default graph" : "stock Fuseki (--mem --update /ds)";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public boolean durable() {
        return unionDefaultGraph;
    }

    public String queryUrl() {
        return queryUrl(port);
    }

    public String updateUrl() {
        return updateUrl(port);
    }

    @Override
    public String queryUrl(int port) {
        return "http://127.0.0.1:" + port + "/ds/query";
    }

    @Override
    public String updateUrl(int port) {
        return "http://127.0.0.1:" + port + "/ds/update";
    }

    /** Starts the server and waits until it listens. */
    @Override
    public void start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it (mvn generate-test-resources)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = unionDefaultGraph
                ? List.of(java, "-Xmx" + heap, "-jar", JAR.toString(), "--loc=" + dir, "--tdb2", "--update", "--localhost",
                        "--strict", "--port=" + port, "--set", "tdb:unionDefaultGraph=true", "/ds")
                : List.of(java, "-Xmx" + heap, "-jar", JAR.toString(), "--mem", "--update", "--localhost", "--port=" + port, "/ds");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki ended: " + Files.readString(log));
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Fuseki did not start in 60 s: " + Files.readString(log));
    }

    /** The server's process id, while it runs (the benchmark reads its peak resident set). */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("Fuseki is not running");
        }
        return process.pid();
    }

    /** Kills the server at once, as a crash would. */
    @Override
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }
}
