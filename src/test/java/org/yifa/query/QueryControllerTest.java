package org.yifa.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;

/** GET /api/queries and /api/queries/{name}: the public library over HTTP. */
@YifaSpringTest
class QueryControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryLibrary queries;
    @Autowired
    FrameworkSource framework;

    @Test
    void theListHoldsEveryPublicQueryWithItsQuestionAndParametersAndNoInternalOne() {
        List<Map<String, Object>> list = client().get().uri("/api/queries").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        assertThat(list).extracting(q -> q.get("name"))
                .containsExactlyElementsOf(queries.publicQueries().stream().map(NamedQuery::name).toList())
                .contains("items-of-area", "search", "unit-findings")
                .doesNotContain("closure-types", "assessment-items", "scheme-concepts");
        Map<String, Object> itemsOnArticle = list.stream().filter(q -> q.get("name").equals("items-on-article")).findFirst().orElseThrow();
        assertThat(itemsOnArticle.get("title")).isEqualTo(queries.get("items-on-article").title());
        assertThat((String) itemsOnArticle.get("question")).endsWith("?");
        assertThat((List<?>) itemsOnArticle.get("parameters")).hasSize(2).first()
                .isEqualTo(Map.of("name", "law", "type", "string", "description", queries.get("items-on-article").parameters().get(0).description()));
    }

    @Test
    void aQueryAnswersSparqlJsonByDefaultWithItsParameterBound() {
        ResponseEntity<String> response = get("/api/queries/items-of-area?area=4", null);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/sparql-results+json");
        List<String> expected = framework.parse().items().stream().filter(i -> i.area() == 4).map(Checklist.Item::notation).toList();
        assertThat(column(response.getBody(), ResultSetLang.RS_JSON, "notation")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text/csv, csv", "text/tab-separated-values, tsv", "application/sparql-results+xml, xml", "application/json, json"})
    void otherFormatsByAccept(String mediaType, String lang) {
        ResponseEntity<String> response = get("/api/queries/items-of-area?area=9", mediaType);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
        List<String> expected = framework.parse().items().stream().filter(Checklist.Item::veto).map(Checklist.Item::notation).toList();
        assertThat(column(response.getBody(), switch (lang) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        }, "notation")).isEqualTo(expected);
    }

    @Test
    void formatOverridesAccept() {
        ResponseEntity<String> response = get("/api/queries/items-of-area?area=9&format=csv", "application/sparql-results+json");
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody()).startsWith("notation,text,goalNotation,goalTitle");
    }

    @Test
    void qZeroRulesAFormatOutAndNoAcceptableFormatIs406AsAProblem() {
        ResponseEntity<String> notJson = get("/api/queries/items-of-area?area=9",
                "application/sparql-results+json;q=0, application/json;q=0, */*");
        assertThat(notJson.getHeaders().getContentType().toString()).startsWith("application/sparql-results+xml");
        ResponseEntity<String> none = get("/api/queries/items-of-area?area=9", "text/turtle, text/csv;q=0");
        assertThat(none.getStatusCode().value()).isEqualTo(406);
        assertThat(none.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(none.getBody()).contains("\"status\":406");
    }

    @Test
    void anUnknownOrInternalQueryIs404() {
        ResponseEntity<String> unknown = get("/api/queries/no-such-query", null);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("no-such-query");
        ResponseEntity<String> internal = get("/api/queries/closure-types", null);
        assertThat(internal.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/queries/assessment-unit-record-triples?unit=https://w3id.org/yifa/id/unit/x", null)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aMissingExtraOrMalformedParameterIs400NamingIt() {
        ResponseEntity<String> missing = get("/api/queries/items-on-article?law=行政许可法", "text/csv");
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(missing.getBody()).contains("'article'");
        ResponseEntity<String> extra = get("/api/queries/items-of-area?area=1&year=2016", null);
        assertThat(extra.getStatusCode().value()).isEqualTo(400);
        assertThat(extra.getBody()).contains("'year'");
        ResponseEntity<String> notAnInteger = get("/api/queries/items-on-article?law=行政许可法&article=twelve", null);
        assertThat(notAnInteger.getStatusCode().value()).isEqualTo(400);
        assertThat(notAnInteger.getBody()).contains("'article'").contains("integer");
        ResponseEntity<String> notAnIri = get("/api/queries/units-by-type?unitType=government", null);
        assertThat(notAnIri.getStatusCode().value()).isEqualTo(400);
        assertThat(notAnIri.getBody()).contains("'unitType'");
    }

    @Test
    void parameterValuesStayValues() {
        ResponseEntity<String> response = get("/api/queries/items-with-keyword?keyword=\") || true || CONTAINS(\"x", "text/csv");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().strip()).isEqualTo("notation,text");
    }

    private static List<String> column(String body, Lang lang, String var) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> values = new ArrayList<>();
        results.forEachRemaining(r -> values.add(r.get(var).asLiteral().getLexicalForm()));
        return values;
    }

    private ResponseEntity<String> get(String uri, String accept) {
        var request = client().get().uri(uri);
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        return request.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }
}
