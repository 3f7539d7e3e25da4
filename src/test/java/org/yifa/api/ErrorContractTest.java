package org.yifa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One error contract outside the SPARQL protocol: every 4xx and 5xx answer, whoever makes it (a controller, Spring's
 * own checks, the security filters, the linked-data pages), is an RFC 9457 {@code application/problem+json} body with
 * the status it is sent with. A browser asking for HTML at an unknown IRI gets a page instead: that is negotiation.
 */
@YifaSpringTest
class ErrorContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** A request that must fail, the status it must fail with, and its headers (name, value, …). */
    record Bad(String method, String path, int status, String... headers) {
    }

    @Test
    void everyErrorOutsideTheSparqlProtocolIsAProblemDocument() throws Exception {
        List<Bad> bad = List.of(
                new Bad("GET", "/api/items/99.9", 404),
                new Bad("GET", "/api/laws/no-such-law", 404),
                new Bad("GET", "/api/no-such-endpoint", 404),
                new Bad("GET", "/api/ui/graph?node=7.4", 400),
                new Bad("GET", "/api/items/1.4;jsessionid=x", 400),
                new Bad("GET", "/api/units/no-such-unit/assessment?year=2024", 404),
                new Bad("GET", "/api/units/no-such-unit/assessment?year=soon", 400),
                new Bad("GET", "/api/gaps?year=soon", 400),
                new Bad("GET", "/api/impact?law=no-such-law&from=2017-09-01", 404),
                new Bad("GET", "/api/queries/no-such-query", 404),
                new Bad("GET", "/id/model-unit-goals/item/99.1", 404, "Accept", "*/*"),
                new Bad("GET", "/id/model-unit-goals/item/99.1", 404, "Accept", "text/turtle"),
                new Bad("GET", "/id/model-unit-goals/item/1.4?format=no-such-format", 400),
                new Bad("GET", "/id/model-unit-goals/item/1.4", 406, "Accept", "image/png"),
                new Bad("GET", "/graph/no-such-graph", 404, "Accept", "text/turtle"),
                new Bad("GET", "/downloads/yifa.no-such-dump", 404),
                new Bad("POST", "/api/units/sfj/evidence", 401),
                new Bad("POST", "/api/units/sfj/evidence", 401, "Authorization", "Bearer no-such-token"),
                new Bad("POST", "/api/units/sfj/evidence", 401, "Authorization", TestUsers.basic("test-admin", "wrong")),
                new Bad("GET", "/api/admin/backup", 403, "Authorization", TestUsers.ASSESSOR),
                new Bad("POST", "/api/units/no-such-unit/evidence", 404, "Authorization", TestUsers.ADMIN,
                        "Content-Type", "text/csv"));
        List<String> broken = new ArrayList<>();
        for (Bad b : bad) {
            HttpResponse<String> answer = send(b);
            String what = b.method() + " " + b.path() + " → " + answer.statusCode() + " "
                    + answer.headers().firstValue("Content-Type").orElse("(no type)");
            if (answer.statusCode() != b.status()) {
                broken.add(what + ": expected status " + b.status());
            } else if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                broken.add(what + ": not application/problem+json");
            } else {
                JsonNode body = JSON.readTree(answer.body());
                if (body.path("status").asInt() != b.status() || body.path("title").asText().isEmpty()) {
                    broken.add(what + ": members status/title wrong: " + answer.body());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void anUnauthenticatedRequestIsChallengedUnlessThePagesScriptAsks() throws Exception {
        HttpResponse<String> client = send(new Bad("POST", "/api/units/sfj/evidence", 401));
        assertThat(client.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"yifa\"");
        HttpResponse<String> page = send(new Bad("POST", "/api/units/sfj/evidence", 401, "X-Requested-With", "XMLHttpRequest"));
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).as("no browser login dialog over the page").isEmpty();
    }

    private HttpResponse<String> send(Bad b) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + b.path()));
        for (int i = 0; i < b.headers().length; i += 2) {
            request.header(b.headers()[i], b.headers()[i + 1]);
        }
        request.method(b.method(), b.method().equals("POST")
                ? HttpRequest.BodyPublishers.ofString("record_id\n") : HttpRequest.BodyPublishers.noBody());
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
