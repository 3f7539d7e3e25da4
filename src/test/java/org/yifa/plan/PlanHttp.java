package org.yifa.plan;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.yifa.testing.TestUsers;

/** The plan, preview, upload and assessment endpoints of the running service; answers never throw on 4xx. */
final class PlanHttp {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final RestClient client;

    PlanHttp(int port) {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestUsers.ADMIN).build();
    }

    ResponseEntity<Map<String, Object>> plan(String unit, int year) {
        return client.get().uri("/api/units/{u}/plan?year={y}", unit, year).retrieve()
                .onStatus(s -> true, (q, r) -> { }).toEntity(JSON);
    }

    byte[] workbook(String unit, int year) {
        return client.get().uri("/api/units/{u}/plan.xlsx?year={y}", unit, year).retrieve().body(byte[].class);
    }

    Map<String, Object> assessment(String unit, int year) {
        return client.get().uri("/api/units/{u}/assessment?year={y}", unit, year).retrieve().body(JSON);
    }

    ResponseEntity<Map<String, Object>> preview(String unit, int year, String contentType, byte[] body) {
        return client.post().uri("/api/units/{u}/assessment/preview?year={y}&submittedBy={by}", unit, year, "测试员")
                .contentType(MediaType.parseMediaType(contentType)).body(body)
                .retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(JSON);
    }

    ResponseEntity<Map<String, Object>> upload(String unit, String contentType, byte[] body) {
        return client.post().uri("/api/units/{u}/evidence?submittedBy={by}", unit, "测试员")
                .contentType(MediaType.parseMediaType(contentType)).body(body)
                .retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(JSON);
    }

    /** A browser-style form post of a file to {@code path}. */
    ResponseEntity<Map<String, Object>> form(String path, String fileName, byte[] body) {
        var parts = new LinkedMultiValueMap<String, Object>();
        var headers = new HttpHeaders();
        headers.setContentDispositionFormData("file", fileName);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(body), headers));
        return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(JSON);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }
}
