package org.yifa.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * Answers stream without a row limit (the default): a long answer arrives whole, and one that the time
 * limit cuts after it has begun ends in a broken connection, which every client reports, never in a
 * well-formed shorter answer.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.sparql.timeout=2s")
class SparqlStreamingTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnswerCutByTheTimeLimitMidStreamEndsInAnErrorNotAShortAnswer() {
        // Rows come at once (no ORDER BY), so the answer has begun when the time limit cancels the query.
        for (String accept : new String[] {"text/csv", "application/sparql-results+json"}) {
            HttpRequest request = request("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", accept);
            assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                    .as(accept).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aQueryCancelledBeforeItsFirstRowIs503() throws Exception {
        // ORDER BY over the whole product: nothing can be sent before the time limit.
        HttpResponse<String> response = http.send(request("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c",
                "text/csv"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("yifa.sparql.timeout");
    }

    private HttpRequest request(String query, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
