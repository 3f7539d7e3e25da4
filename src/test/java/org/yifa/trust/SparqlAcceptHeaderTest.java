package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;

/**
 * {@code /sparql} with an Accept header that does not parse as media types (found by {@link HttpFuzzTest}:
 * it once answered 500). The header is ignored, as if any format were accepted, the way servers treat a
 * header they cannot read; the time limit is in {@link QueryTimeoutTest}, the size limit in
 * {@link RequestSizeLimitTest}.
 */
@YifaSpringTest
class SparqlAcceptHeaderTest {

    @LocalServerPort
    int port;

    @Test
    void anAcceptHeaderThatDoesNotParseIsIgnored() throws IOException {
        Client client = new Client("http://127.0.0.1:" + port, Duration.ofSeconds(30));
        for (String accept : new String[] {"garbage", "application/json;q=abc", "*/"}) {
            Client.Answer answer = client.get("/sparql?query=" + Client.encode("ASK {}"), "Accept", accept);
            assertThat(answer.status()).as("Accept: %s → %s", accept, answer).isEqualTo(200);
            assertThat(answer.text()).as("Accept: %s", accept).contains("boolean");
        }
        // This one parses (as text/html), a format no query result is offered in.
        Client.Answer html = client.get("/sparql?query=" + Client.encode("ASK {}"), "Accept", "text/html;;");
        assertThat(html.status()).as("%s", html).isEqualTo(406);
    }
}
