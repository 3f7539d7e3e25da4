package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiGraphControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    QueryLibrary queries;
    @Autowired
    Dataset dataset;

    @BeforeAll
    void units() {
        WebFixture.write(dataset);
    }

    @AfterAll
    void removeUnits() {
        WebFixture.remove(dataset);
    }

    @Test
    void anItemLeadsToItsCriteriaAndTheProvisionsItRestsOn() {
        String item = iri("7.4");
        Map<String, Object> json = neighbourhood(item);
        assertThat(node(json)).containsEntry("id", item).containsEntry("kind", "item").containsEntry("label", "7.4");

        Set<String> criteria = queries.select("criteria-of-item", Map.of("notation", "7.4")).stream()
                .map(r -> r.getResource("criterion").getURI()).collect(Collectors.toSet());
        Set<String> provisions = queries.select("provisions-of-item", Map.of("notation", "7.4")).stream()
                .filter(r -> r.contains("article")).map(r -> r.getResource("iri").getURI()).collect(Collectors.toSet());
        assertThat(ids(json, "criterion")).isEqualTo(criteria);
        assertThat(ids(json, "provision")).isEqualTo(provisions);
        assertThat(edges(json)).contains(List.of(criteria.iterator().next(), item, "criterionOf"),
                List.of(item, provisions.iterator().next(), "restsOn"));
    }

    @Test
    void aProvisionLeadsToItsLawAndToEveryItemRestingOnIt() {
        QuerySolution basis = queries.select("provisions-of-item", Map.of("notation", "7.4")).stream()
                .filter(r -> r.contains("article")).findFirst().orElseThrow();
        String provision = basis.getResource("iri").getURI();
        Map<String, Object> json = neighbourhood(provision);
        assertThat(node(json)).containsEntry("kind", "provision");
        assertThat((String) node(json).get("label")).startsWith(basis.getLiteral("law").getString());

        Set<String> items = new HashSet<>();
        for (QuerySolution r : queries.select("provision-items", Map.of("provision", provision.replaceAll("/para/\\d+$", "")))) {
            if (r.getResource("restsOn").getURI().equals(provision)) {
                items.add(r.getResource("item").getURI());
            }
        }
        assertThat(ids(json, "item")).isEqualTo(items).contains(iri("7.4"));
        assertThat(ids(json, "law")).singleElement().satisfies(law -> assertThat(provision).startsWith(law + "/"));
    }

    @Test
    void aUnitLeadsToItsTypeAndToOneFindingPerItemOfItsAssessment() {
        String unit = "https://w3id.org/yifa/id/unit/" + WebFixture.DEPARTMENT;
        Map<String, Object> json = neighbourhood(unit);
        assertThat(node(json)).containsEntry("kind", "unit").containsEntry("label", WebFixture.DEPARTMENT_NAME);
        Map<String, Object> assessment = ServiceHttp.client(port).get()
                .uri("/api/units/{id}/assessment?year=2025", WebFixture.DEPARTMENT).retrieve()
                .body(ServiceHttp.OBJECT);
        @SuppressWarnings("unchecked")
        Map<String, String> expected = ((List<Map<String, Object>>) assessment.get("findings")).stream()
                .collect(Collectors.toMap(f -> (String) f.get("notation"), f -> (String) f.get("status")));
        Map<String, String> findings = nodes(json).stream().filter(n -> "finding".equals(n.get("kind")))
                .collect(Collectors.toMap(n -> (String) n.get("notation"), n -> (String) n.get("status")));
        assertThat(findings).isEqualTo(expected);
        assertThat(ids(json, "body")).containsExactly("https://w3id.org/yifa/id/unit-type/municipal-department");
    }

    @Test
    void anIriOfNothingTheExplorerShowsIsA404() {
        ResponseEntity<String> response = ServiceHttp.client(port).get()
                .uri("/api/ui/graph?node={node}", "https://example.org/nothing").retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("https://example.org/nothing");
    }

    private Map<String, Object> neighbourhood(String node) {
        return ServiceHttp.client(port).get().uri("/api/ui/graph?node={node}&year=2025", node)
                .retrieve().body(ServiceHttp.OBJECT);
    }

    private String iri(String notation) {
        return queries.select("item", Map.of("notation", notation)).get(0).getResource("item").getURI();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> json) {
        return (Map<String, Object>) json.get("node");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("nodes");
    }

    private static Set<String> ids(Map<String, Object> json, String kind) {
        return nodes(json).stream().filter(n -> kind.equals(n.get("kind"))).map(n -> (String) n.get("id"))
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<List<String>> edges(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("edges")).stream()
                .map(e -> List.of((String) e.get("source"), (String) e.get("target"), (String) e.get("label")))
                .collect(Collectors.toSet());
    }
}
