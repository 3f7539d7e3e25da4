package org.yifa.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Calls the evidence endpoints of the running service; answers with status and JSON body, never throwing on 4xx. */
final class Uploads {

    static final String XLSX = UploadFormat.XLSX.mediaType();

    private final RestClient client;

    Uploads(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", org.yifa.testing.TestUsers.ADMIN).build();
    }

    ResponseEntity<Map<String, Object>> post(String unitId, String contentType, byte[] body) {
        return client.post().uri("/api/units/{unit}/evidence?submittedBy={by}", unitId, "测试员")
                .contentType(MediaType.parseMediaType(contentType)).body(body)
                .retrieve().onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** A browser-style form upload: the file in a part named {@code file}. */
    ResponseEntity<Map<String, Object>> form(String unitId, String fileName, String partType, byte[] body) {
        var parts = new LinkedMultiValueMap<String, Object>();
        var headers = new org.springframework.http.HttpHeaders();
        if (partType != null) {
            headers.setContentType(MediaType.parseMediaType(partType));
        }
        headers.setContentDispositionFormData("file", fileName);
        parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(body), headers));
        return client.post().uri("/api/units/{unit}/evidence?submittedBy={by}", unitId, "测试员")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    ResponseEntity<Map<String, Object>> list(String unitId) {
        return client.get().uri("/api/units/{unit}/evidence", unitId).retrieve()
                .onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    ResponseEntity<byte[]> template() {
        return client.get().uri("/api/evidence/template.xlsx").retrieve().toEntity(byte[].class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(ResponseEntity<Map<String, Object>> response, String key) {
        return (List<Map<String, Object>>) response.getBody().get(key);
    }
}
