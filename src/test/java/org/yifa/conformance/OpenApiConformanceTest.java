package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * The OpenAPI document validates (an outside validator, npm {@code @seriousme/openapi-schema-validator}), types every
 * JSON answer, and real answers of every JSON endpoint, on the demo city, validate (networknt's JSON Schema validator)
 * against the schema the document declares for that path and status, error answers included.
 */
@SlowTest
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeAll
    void fetchTheDocument() throws Exception {
        document = JSON.readTree(get("/v3/api-docs").body());
    }

    @Test
    void anOutsideValidatorAcceptsTheDocument() {
        Clients.requireNode("@seriousme/openapi-schema-validator");
        String out = Clients.run(Clients.NODE, "openapi_validate.mjs", "http://localhost:" + port + "/v3/api-docs");
        assertThat(out).startsWith("valid OpenAPI 3.");
    }

    @Test
    void everyJsonAnswerHasATypedSchema() {
        List<String> untyped = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().path("responses");
            responses.properties().forEach(r -> r.getValue().path("content").properties().forEach(media -> {
                if (media.getKey().contains("json") && !typed(resolve(media.getValue().path("schema")))) {
                    untyped.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + " " + media.getKey());
                }
            }));
        }));
        assertThat(untyped).isEmpty();
    }

    @Test
    void theItemAnswerDescribesEverySectionItCarries() throws Exception {
        JsonNode item = JSON.readTree(get("/api/items/1.4").body());
        JsonNode declared = document.at("/components/schemas/ItemDescription/properties");
        List<String> undeclared = new ArrayList<>();
        item.fieldNames().forEachRemaining(name -> {
            if (!declared.has(name)) {
                undeclared.add(name);
            }
        });
        assertThat(undeclared).as("members of GET /api/items/1.4 the document does not describe").isEmpty();
        assertThat(item.has("criteria") && item.has("provisions") && item.has("basis")).isTrue();
    }

    @Test
    void realAnswersValidateAgainstTheDocument() throws Exception {
        String unit = JSON.readTree(get("/api/units").body()).get(0).get("id").asText();
        JsonNode laws = JSON.readTree(get("/api/laws").body());
        String law = laws.get(0).get("slug").asText();
        JsonNode item14 = JSON.readTree(get("/api/items/1.4").body());
        String item = item14.get("iri").asText();
        String checklistDate = item14.path("basis").path("checklistDate").asText();
        // 行政复议法's oldest and newest shipped versions, as the catalog lists them: a revision that adds and removes articles
        JsonNode review = stream(laws).filter(l -> l.get("shortTitle").asText().equals("行政复议法")).findFirst().orElseThrow();
        JsonNode versions = review.get("versions");
        String impact = "/api/impact?law=" + review.get("slug").asText() + "&from=" + versions.get(0).get("date").asText()
                + "&to=" + versions.get(versions.size() - 1).get("date").asText();
        String year = "2024";
        // path template → a real request of it, with the status it must answer
        Map<String, String> ok = new LinkedHashMap<>();
        ok.put("/api/items/{notation}", "/api/items/1.4");
        ok.put("/api/laws", "/api/laws");
        ok.put("/api/laws/{slug}", "/api/laws/" + law);
        ok.put("/api/provisions", "/api/provisions?law=" + law + "&article=1");
        ok.put("/api/drift", "/api/drift");
        ok.put("/api/units", "/api/units");
        ok.put("/api/units/{id}/assessment", "/api/units/" + unit + "/assessment?year=" + year);
        ok.put("/api/units/{id}/items/{notation}/explain", "/api/units/" + unit + "/items/7.4/explain?year=" + year);
        ok.put("/api/gaps", "/api/gaps?year=" + year);
        ok.put("/api/gaps/eligible-by-year", "/api/gaps/eligible-by-year");
        ok.put("/api/units/{id}/plan", "/api/units/" + unit + "/plan?year=" + year);
        ok.put("/api/units/{id}/progress", "/api/units/" + unit + "/progress");
        ok.put("/api/organisation", "/api/organisation");
        ok.put("/api/queries", "/api/queries");
        ok.put("/api/search", "/api/search?q=" + enc("行政许可"));
        ok.put("/api/ui/framework", "/api/ui/framework");
        ok.put("/api/ui/labels", "/api/ui/labels");
        ok.put("/api/ui/graph", "/api/ui/graph?node=" + enc(item));
        ok.put("/api/ui/queries/{name}", "/api/ui/queries/items-of-area");
        ok.put("/api/units/{unitId}/evidence", "/api/units/" + unit + "/evidence");
        ok.put("/sparql", "/sparql?query=" + enc("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3"));
        ok.put("/api/impact", impact);
        JsonNode counts = JSON.readTree(get(impact).body()).get("counts"); // so that null "from" and "to" are validated
        assertThat(counts.get("added").asInt()).isPositive();
        assertThat(counts.get("removed").asInt()).isPositive();
        List<String> failures = new ArrayList<>();
        ok.forEach((template, request) -> failures.addAll(check(template, request, 200)));
        // every item's basis today and on the checklist's date: in force, replaced, not yet enacted, text not held
        for (String notation : notations(JSON.readTree(get("/api/ui/framework").body()))) {
            failures.addAll(check("/api/items/{notation}/basis", "/api/items/" + notation + "/basis", 200));
            failures.addAll(check("/api/items/{notation}/basis", "/api/items/" + notation + "/basis?date=" + checklistDate, 200));
        }
        failures.addAll(check("/api/laws/{slug}", "/api/laws/no-such-law", 404));
        failures.addAll(check("/api/units/{id}/assessment", "/api/units/no-such-unit/assessment", 404));
        failures.addAll(check("/api/units/{id}/assessment", "/api/units/" + unit + "/assessment?year=1900", 400));
        failures.addAll(check("/api/search", "/api/search?q=x&limit=many", 400));
        failures.addAll(check("/api/provisions", "/api/provisions?law=" + law, 400));
        failures.addAll(check("/api/units/{unitId}/evidence", "/api/units/no-such-unit/evidence", 404));
        failures.addAll(check("/api/ui/queries/{name}", "/api/ui/queries/no-such-query", 404));
        failures.addAll(check("/api/items/{notation}/basis", "/api/items/1.4/basis?date=someday", 400));
        failures.addAll(check("/api/items/{notation}/basis", "/api/items/no-such-item/basis", 404));
        failures.addAll(check("/api/impact", impact.replaceAll("&from=[^&]*", "&from=1900-01-01"), 404));
        assertThat(failures).isEmpty();
    }

    /** The notations of the items of the framework's answer (parts → goals → items). */
    private static List<String> notations(JsonNode framework) {
        List<String> notations = new ArrayList<>();
        framework.forEach(part -> part.path("goals").forEach(goal -> goal.path("items")
                .forEach(i -> notations.add(i.get("notation").asText()))));
        assertThat(notations).isNotEmpty();
        return notations;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** What is wrong with the answer to {@code request} by the document's schema for {@code template} and status. */
    private List<String> check(String template, String request, int status) {
        HttpResponse<String> answer;
        try {
            answer = get(request);
        } catch (Exception e) {
            return List.of(request + ": " + e);
        }
        if (answer.statusCode() != status) {
            return List.of(request + ": status " + answer.statusCode() + ", expected " + status + ": " + answer.body());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
        JsonNode schema = document.path("paths").path(template).path("get").path("responses").path(String.valueOf(status))
                .path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            return List.of(request + ": the document declares no " + type + " answer for GET " + template + " " + status);
        }
        try {
            Set<ValidationMessage> errors = validator(schema).validate(JSON.readTree(answer.body()));
            return errors.stream().limit(10).map(e -> request + ": " + e.getMessage()).toList();
        } catch (Exception e) {
            return List.of(request + ": " + e);
        }
    }

    /** The schema with the document's components beside it, so that its {@code #/components/…} references resolve. */
    private JsonSchema validator(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        boolean v31 = document.get("openapi").asText().startsWith("3.1");
        return JsonSchemaFactory.getInstance(v31 ? SpecVersion.VersionFlag.V202012 : SpecVersion.VersionFlag.V4)
                .getSchema(root);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        return document.at(ref.asText().substring(1));
    }

    /** Fields, items or typed values: not a bare {@code object} that says nothing. */
    private boolean typed(JsonNode schema) {
        if (schema.has("properties") || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
            return true;
        }
        if (schema.has("items")) {
            return typed(resolve(schema.get("items")));
        }
        JsonNode values = schema.get("additionalProperties");
        if (values != null && values.isObject()) {
            return values.has("type") || values.has("$ref");
        }
        JsonNode type = schema.get("type");
        return type != null && !type.asText().equals("object") && !type.toString().contains("object");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
