package org.yifa.store.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenLink Virtuoso Open Source 7 (Debian package {@code virtuoso-opensource}) run as a separate
 * process: its own database directory and {@code virtuoso.ini}, free loopback ports for SQL and HTTP, data
 * kept on disk across {@link #kill()} and {@link #start()}. Queries go to {@code /sparql}; updates to
 * {@code /sparql-auth}, with HTTP Digest authentication as a user of its own holding the role
 * {@code SPARQL_UPDATE} (created with {@code isql-vt} on the first start, not {@code dba}).
 */
final class VirtuosoServer implements RemoteServer {

    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    /** The package's web root: /sparql's form and the endpoint's pages live there. */
    private static final Path VSP = Path.of("/var/lib/virtuoso-opensource-7/vsp");
    static final String USER = "yifa";
    static final String PASSWORD = "yifa-store-test-password";

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Path ini;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    VirtuosoServer(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath();
        this.sqlPort = FusekiServer.freePort();
        this.httpPort = FusekiServer.freePort();
        this.ini = this.dir.resolve("virtuoso.ini");
        this.log = this.dir.resolve("virtuoso.out");
        Files.createDirectories(this.dir);
        Files.writeString(ini, ini(this.dir, sqlPort, httpPort));
    }

    /** Whether the package is installed: the test says so plainly when it is not. */
    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(ISQL);
    }

    /**
     * The configuration: the package's {@code /etc/virtuoso-opensource-7/virtuoso.ini} cut to what a store
     * needs, every file in {@code dir} (the temporary database needs files of its own), and the SPARQL
     * limits lifted that would change answers: at most 10,000 rows per result and partial ("anytime")
     * results after 60 s by default.
     */
    static String ini(Path dir, int sqlPort, int httpPort) {
        return """
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel      = 7
                FileExtend         = 200
                MaxCheckpointRemap = 2000
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile       = %1$s/virtuoso-temp.db
                TransactionFile    = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping           = 0

                [Parameters]
                ServerPort           = 127.0.0.1:%2$d
                DisableUnixSocket    = 1
                DisableTcpSocket     = 0
                MaxClientConnections = 10
                CheckpointInterval   = 60
                CaseMode             = 2
                DirsAllowed          = .
                NumberOfBuffers      = 10000
                MaxDirtyBuffers      = 6000

                [HTTPServer]
                ServerPort           = 127.0.0.1:%3$d
                ServerRoot           = %4$s
                MaxClientConnections = 20
                ServerThreads        = 20
                MaxKeepAlives        = 20
                KeepAliveTimeout     = 10
                Charset              = UTF-8

                [SPARQL]
                ResultSetMaxRows           = 10000000
                MaxQueryCostEstimationTime = 0
                MaxQueryExecutionTime      = 0
                """.formatted(dir, sqlPort, httpPort, VSP);
    }

    @Override
    public String name() {
        return "Virtuoso Open Source 7";
    }

    @Override
    public int port() {
        return httpPort;
    }

    @Override
    public String queryUrl(int port) {
        return "http://127.0.0.1:" + port + "/sparql";
    }

    @Override
    public String updateUrl(int port) {
        return "http://127.0.0.1:" + port + "/sparql-auth";
    }

    @Override
    public List<String> credentials() {
        return List.of("yifa.store.username=" + USER, "yifa.store.password=" + PASSWORD);
    }

    @Override
    public boolean durable() {
        return true;
    }

    /** Starts the server, on the first start also makes its user; waits until /sparql answers. */
    @Override
    public void start() throws IOException, InterruptedException {
        if (!installed()) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install -y virtuoso-opensource (see .ci/run)");
        }
        boolean fresh = !Files.exists(dir.resolve("virtuoso.db"));
        process = new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", ini.toString())
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitOnline(Duration.ofSeconds(60));
        if (fresh) {
            sql("DB.DBA.USER_CREATE ('" + USER + "', '" + PASSWORD + "');",
                    "GRANT SPARQL_UPDATE TO \"" + USER + "\";");
        }
    }

    private void awaitOnline(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryUrl(httpPort) + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso ended with " + process.exitValue() + ": " + tail());
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("Virtuoso did not answer within " + limit.toSeconds() + " s: " + tail());
    }

    /** Runs SQL statements as the database administrator through isql-vt, failing on any error. */
    void sql(String... statements) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba",
                "exec=" + String.join(" ", statements))
                .redirectErrorStream(true).start();
        String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!isql.waitFor(30, TimeUnit.SECONDS) || isql.exitValue() != 0 || out.contains("*** Error")) {
            throw new IllegalStateException("isql-vt failed: " + out);
        }
    }

    /** The last lines of the server's output and error log. */
    String tail() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : List.of(log, dir.resolve("virtuoso.log"))) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                text.append('\n').append(file.getFileName()).append(":\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
        }
        return text.toString();
    }

    @Override
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }
}
