package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document names the API and its version, every answer its media type, and describes /sparql: its
 * parameters, bodies and every status it answers. (The schemas of the other JSON answers are not all typed yet: see docs/conformance.md.)
 */
@YifaSpringTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentHasATitleAndTheProjectsVersion() {
        JsonNode info = document().get("info");
        assertThat(info.get("title").asString()).isEqualTo("Yifa 依法 API");
        assertThat(info.get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("@");
        assertThat(info.get("description").asString()).contains("/sparql");
    }

    @Test
    void sparqlDocumentsItsParametersBodiesAndStatuses() {
        JsonNode sparql = document().get("paths").get("/sparql");
        List<String> parameters = new ArrayList<>();
        sparql.get("get").get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).containsExactly("query", "default-graph-uri", "named-graph-uri", "format");
        assertThat(names(sparql.get("get").get("responses"))).containsExactly("200", "400", "403", "406", "413", "422", "503");
        assertThat(names(sparql.get("post").get("responses"))).contains("415");
        assertThat(names(sparql.get("post").get("requestBody").get("content")))
                .containsExactly("application/x-www-form-urlencoded", "application/sparql-query");
        assertThat(names(sparql.get("get").get("responses").get("200").get("content")))
                .contains("application/sparql-results+json", "text/csv", "text/turtle");
    }

    @Test
    void everyAnswerNamesItsMediaType() {
        List<String> vague = new ArrayList<>();
        document().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            if (responses != null) {
                responses.properties().forEach(r -> {
                    JsonNode content = r.getValue().get("content");
                    if (content != null && content.has("*/*")) {
                        vague.add(operation.getKey() + " " + path.getKey() + " " + r.getKey());
                    }
                });
            }
        }));
        assertThat(vague).isEmpty();
        assertThat(names(document().get("paths").get("/api/laws").get("get").get("responses").get("200").get("content")))
                .containsExactly("application/json");
        assertThat(names(document().get("paths").get("/api/evidence/template.xlsx").get("get").get("responses").get("200")
                .get("content"))).containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private JsonNode document() {
        String body = RestClient.create().get().uri("http://localhost:" + port + "/v3/api-docs").retrieve().body(String.class);
        return JsonMapper.builder().build().readTree(body);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
