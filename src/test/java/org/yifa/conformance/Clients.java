package org.yifa.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real clients (rdflib, SPARQLWrapper and pyld from Debian's Python; jsonld.js and Comunica from
 * npm, installed in {@code src/test/clients} by {@code npm ci}) as processes. Where a client is missing its
 * tests are skipped, except under {@code CI=true}, where they fail ({@code .ci/run} installs them).
 */
final class Clients {

    static final Path DIR = Path.of("src/test/clients");
    /** Debian's interpreter, which sees the Debian packages (another python3 on the PATH may not). */
    static final String PYTHON = System.getProperty("yifa.python", "/usr/bin/python3");
    static final String NODE = System.getProperty("yifa.node", "node");

    private Clients() {
    }

    /** Skips (or on CI fails) unless Debian's Python has these modules. */
    static void requirePython(String... modules) {
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", "import " + String.join(", ", modules)));
        require(exitsCleanly(command), "Python modules " + String.join(", ", modules) + " (Debian packages "
                + "python3-rdflib python3-sparqlwrapper python3-pyld python3-requests)");
    }

    /** Skips (or on CI fails) unless node runs and {@code npm ci} has installed these packages. */
    static void requireNode(String... packages) {
        boolean present = exitsCleanly(List.of(NODE, "--version"));
        for (String p : packages) {
            present &= Files.isDirectory(DIR.resolve("node_modules").resolve(p));
        }
        require(present, "node with " + String.join(", ", packages) + " (npm ci in " + DIR + ")");
    }

    private static void require(boolean present, String what) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(what + " — required on CI (CI=true)");
        }
        Assumptions.assumeTrue(present, what + " missing; client tests skipped");
    }

    /** Runs a client script of {@code src/test/clients}; its standard output, or a failure with its error output. */
    static String run(String... command) {
        Result result = exec(command);
        if (result.exit != 0) {
            Assertions.fail(String.join(" ", command).substring(0, Math.min(200, String.join(" ", command).length()))
                    + " exited " + result.exit + ":\n" + tail(result.err));
        }
        return result.out;
    }

    /** Runs a client script; its exit code and outputs, whatever the exit. */
    static Result exec(String... command) {
        try {
            Path out = Files.createTempFile("client", ".out");
            Path err = Files.createTempFile("client", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(DIR.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    Assertions.fail(command[0] + " " + command[1] + " ran longer than 5 minutes");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exit, String out, String err) {
    }

    private static boolean exitsCleanly(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }
}
