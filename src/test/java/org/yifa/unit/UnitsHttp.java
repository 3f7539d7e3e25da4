package org.yifa.unit;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Calls the running service as a client would; answers with status and JSON body, never throwing on 4xx. */
final class UnitsHttp {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final RestClient client;
    private final String authorization;

    UnitsHttp(int port, String authorization) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
        this.authorization = authorization;
    }

    /** A browser-style form upload: the file in a part named {@code file}. */
    ResponseEntity<Map<String, Object>> form(String path, String fileName, String partType, byte[] body) {
        var parts = new LinkedMultiValueMap<String, Object>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(partType));
        headers.setContentDispositionFormData("file", fileName);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(body), headers));
        return send(HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA, parts);
    }

    ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, MediaType type, Object body) {
        var request = client.method(method).uri(path);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.contentType(type).body(body).retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(MAP);
    }

    ResponseEntity<Map<String, Object>> json(HttpMethod method, String path, Map<String, Object> body) {
        return send(method, path, MediaType.APPLICATION_JSON, body);
    }

    Map<String, Object> get(String path) {
        return client.get().uri(path).retrieve().body(MAP);
    }

    byte[] bytes(String path) {
        return client.get().uri(path).retrieve().body(byte[].class);
    }

    List<Map<String, Object>> list(String path) {
        return client.get().uri(path).retrieve().body(LIST);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }
}
