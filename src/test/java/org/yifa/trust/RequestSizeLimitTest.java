package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;
import org.yifa.evidence.EvidenceProperties;

/**
 * Oversized requests are refused before they cost much: the upload endpoint answers 413 for a body
 * (plain, form or chunked without a length) over {@code yifa.evidence.max-upload-bytes}, quickly,
 * and stores nothing; {@code /sparql} should refuse an oversized query too.
 */
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    EvidenceProperties properties;

    @RegisterExtension
    final TestUnit testUnit = new TestUnit("trust-size-");
    final String unit = testUnit.id();

    @Test
    void anUploadOverTheLimitIsRefusedWith413AsBodyOrForm() throws IOException {
        long limit = properties.maxUploadBytes();
        byte[] csv = ledgerOfAtLeast(limit + 1);
        Client client = new Client("http://127.0.0.1:" + port, Duration.ofSeconds(60));

        long start = System.nanoTime();
        Client.Answer body = client.post("/api/units/" + unit + "/evidence", "text/csv", csv,
                "Authorization", TestUsers.ADMIN_TOKEN);
        Client.Answer form = client.upload(unit, "big.csv", "text/csv", csv, TestUsers.ADMIN_TOKEN);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(body.status()).as("%s", body).isEqualTo(413);
        assertThat(form.status()).as("%s", form).isEqualTo(413);
        assertThat(body.text()).contains("max-upload-bytes");
        assertThat(millis).as("two refusals, ms").isLessThan(20_000);
        assertThat(recordsOfUnit(client)).isZero();
    }

    /** A client that streams without Content-Length and keeps sending: the server stops reading and refuses. */
    @Test
    void aChunkedUploadFarOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        long limit = properties.maxUploadBytes();
        long size = 16 * limit;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units/" + unit + "/evidence"))
                .header("Content-Type", "text/csv").header("Authorization", TestUsers.ADMIN_TOKEN)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Repeating(size))).build();
        long start = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            // Past four times the limit the server closes the connection while the client still sends.
            status = -1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("chunked upload of %d MB: status %d after %d ms%n", size >> 20, status, millis);
        assertThat(status).as("413, or the connection closed by the server").isIn(413, -1);
        assertThat(millis).isLessThan(30_000);
        assertThat(recordsOfUnit(new Client("http://127.0.0.1:" + port, Duration.ofSeconds(30)))).isZero();
    }

    /** Tomcat's form limit (2 MB) keeps a form-encoded query small: the parameter is dropped, the query missing. */
    @Test
    void aFormEncodedQueryOverTwoMegabytesIsRefused() throws IOException {
        String query = "ASK {} # " + "x".repeat(3 << 20);
        Client.Answer answer = new Client("http://127.0.0.1:" + port, Duration.ofSeconds(60)).post("/sparql",
                "application/x-www-form-urlencoded", ("query=" + Client.encode(query)).getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as("%s", answer).isIn(400, 413);
    }

    /**
     * A query POSTed as an {@code application/sparql-query} body is refused beyond
     * {@code yifa.sparql.max-query-size}: the parser's time grows with the square of a long token
     * (1 MB 2 s, 16 MB over ten minutes of one core), before the query time limit applies.
     */
    @Test
    void anOversizedSparqlQueryBodyIsRefusedQuickly() throws IOException {
        String query = "ASK {} # " + "x".repeat(16 << 20);
        long start = System.nanoTime();
        Client.Answer answer = new Client("http://127.0.0.1:" + port, Duration.ofSeconds(20)).post("/sparql",
                "application/sparql-query", query.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as("%s", answer).isIn(400, 413);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    private long recordsOfUnit(Client client) throws IOException {
        Client.Answer listing = client.get("/api/units/" + unit + "/evidence");
        assertThat(listing.status()).isEqualTo(200);
        return listing.text().split("\"recordId\"", -1).length - 1;
    }

    /** A valid evidence ledger just over {@code bytes} long. */
    static byte[] ledgerOfAtLeast(long bytes) {
        int rows = (int) (bytes / 100) + 10;
        byte[] csv;
        do {
            csv = EvidenceCsv.ledger("big" + rows, rows, 2024, new java.util.Random(rows));
            rows += rows / 10;
        } while (csv.length <= bytes);
        return csv;
    }

    /** {@code size} bytes of CSV-like text, produced as read. */
    private static final class Repeating extends InputStream {
        private final byte[] line = "z,training-record,2024-01-01,title,,,,,,,\n".getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long at;

        Repeating(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return at < size ? line[(int) (at++ % line.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = line[(int) ((at + i) % line.length)];
            }
            at += n;
            return n;
        }
    }
}
