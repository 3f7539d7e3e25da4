package org.yifa.law;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the running service and returns status and body without throwing on 4xx. */
final class Http {

    private final RestClient client;

    Http(int port) {
        this.client = RestClient.create("http://localhost:" + port);
    }

    ResponseEntity<Map<String, Object>> object(String uri, Object... variables) {
        return client.get().uri(uri, variables).retrieve()
                .onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    ResponseEntity<List<Map<String, Object>>> list(String uri, Object... variables) {
        return client.get().uri(uri, variables).retrieve()
                .onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    }

    /** The message of an error answer (problem detail). */
    static String message(ResponseEntity<Map<String, Object>> response) {
        Map<String, Object> body = response.getBody();
        return body == null ? "" : String.valueOf(body.getOrDefault("detail", body.get("message")));
    }
}
