package org.yifa.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * The limits of /sparql, set low for this test only: a query running past the timeout is cancelled
 * with 503 while other queries keep being answered, and a SELECT that would answer more than max-rows rows is refused.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = {"yifa.sparql.timeout=2s", "yifa.sparql.max-rows=7"})
class SparqlLimitsTest {

    static final long TIMEOUT_MS = 2000;
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }";
    static final String ITEMS = "PREFIX yf: <https://w3id.org/yifa/ont#> SELECT ?i WHERE { ?i a yf:Requirement }";
    static final String VETOES = "PREFIX yf: <https://w3id.org/yifa/ont#> SELECT ?i WHERE { ?i a yf:VetoCondition }";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.yifa.framework.FrameworkSource framework;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSlowQueryIsCutAt503WhileASimpleOneKeepsBeingAnswered() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request(CROSS_PRODUCT), HttpResponse.BodyHandlers.ofString());
        List<Long> latencies = new ArrayList<>();
        while (!slow.isDone()) {
            long t = System.nanoTime();
            HttpResponse<String> simple = http.send(request(VETOES), HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - t) / 1_000_000);
            assertThat(simple.statusCode()).isEqualTo(200);
            assertThat(simple.body()).contains("/item/9.");
        }
        HttpResponse<String> cancelled = slow.get();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(cancelled.statusCode()).isEqualTo(503);
        assertThat(cancelled.body()).contains("cancelled").contains(TIMEOUT_MS + " ms");
        assertThat(elapsed).isBetween(TIMEOUT_MS, TIMEOUT_MS + 10_000);
        // Answered while the slow one ran, each well inside the time limit.
        assertThat(latencies).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(TIMEOUT_MS));
    }

    @Test
    void aSelectBeyondMaxRowsIsRefusedNeverShortened() throws Exception {
        HttpResponse<String> items = http.send(request(ITEMS), HttpResponse.BodyHandlers.ofString());
        assertThat(items.statusCode()).isEqualTo(422);
        assertThat(items.body()).contains("more than 7 rows").contains("yifa.sparql.max-rows");

        HttpResponse<String> page = http.send(request(ITEMS + " LIMIT 7 OFFSET 7"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().lines().skip(1).count()).isEqualTo(7);

        HttpResponse<String> vetoes = http.send(request(VETOES), HttpResponse.BodyHandlers.ofString());
        assertThat(vetoes.statusCode()).isEqualTo(200);
        assertThat(vetoes.body().lines().skip(1).count())
                .isEqualTo(framework.parse().items().stream().filter(org.yifa.framework.parse.Checklist.Item::veto).count())
                .isLessThan(7);
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
    }
}
