package org.yifa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;

/**
 * GET /api/search. What it must find is computed independently: the texts that contain the words,
 * found by SPARQL CONTAINS on /sparql.
 */
@YifaSpringTest
class SearchControllerTest {

    static final String PHRASE = "合法性审查";

    @LocalServerPort
    int port;

    @Test
    void everyItemAndProvisionWhoseTextHoldsThePhraseIsAmongTheHits() {
        List<String> containing = select("""
                PREFIX yf: <https://w3id.org/yifa/ont#>
                SELECT ?s WHERE { ?s yf:text ?t FILTER(CONTAINS(?t, "%s")) }""".formatted(PHRASE));
        List<String> items = containing.stream().filter(s -> s.contains("/item/")).toList();
        List<String> articles = containing.stream().filter(s -> s.contains("/id/law/"))
                .map(SearchControllerTest::article).distinct().toList();
        assertThat(items).contains(item("2.1"), item("2.2"), item("3.8"));
        assertThat(articles).anyMatch(a -> a.contains("/zhongda-xingzheng-juece-chengxu-zanxing-tiaoli/"));
        assertThat(items.size() + articles.size()).isEqualTo(
                containing.stream().map(s -> s.contains("/id/law/") ? article(s) : s).distinct().count());

        List<Map<String, Object>> hits = hits("/api/search?q=" + encode(PHRASE) + "&limit=200");
        List<String> found = hits.stream().map(h -> h.get("kind").equals("provision") ? article((String) h.get("iri"))
                : (String) h.get("iri")).toList();
        assertThat(found).containsAll(items).containsAll(articles).doesNotHaveDuplicates();
        // The exact phrase ranks first: whatever holds it (texts, titles, headings, obligations) comes
        // before what holds its words apart.
        List<String> holdingThePhrase = select("""
                PREFIX yf: <https://w3id.org/yifa/ont#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT DISTINCT ?s WHERE {
                  VALUES ?p { yf:text dcterms:title eli:title yf:obligation }
                  VALUES ?type { yf:Item yf:Provision yf:LawVersion yf:Criterion yf:Goal yf:Area }
                  ?s a ?type ; ?p ?t FILTER(CONTAINS(?t, "%s"))
                }""".formatted(PHRASE)).stream().map(SearchControllerTest::article).distinct().toList();
        assertThat(holdingThePhrase).containsAll(items).containsAll(articles);
        assertThat(found.subList(0, holdingThePhrase.size())).containsExactlyInAnyOrderElementsOf(holdingThePhrase);
        assertThat(hits).extracting(h -> ((Number) h.get("score")).doubleValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aHitSaysWhatItIsWithTheMatchedWordsMarked() {
        List<Map<String, Object>> hits = hits("/api/search?q=" + encode(PHRASE) + "&limit=200");
        Map<String, Object> item = hits.stream().filter(h -> item("3.8").equals(h.get("iri"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("kind", "item").containsEntry("notation", "3.8").containsKey("title");
        assertThat((String) item.get("snippet")).contains("<em>" + PHRASE + "</em>");
        Map<String, Object> article = hits.stream()
                .filter(h -> "重大行政决策程序暂行条例".equals(h.get("law")) && "第二十八条".equals(h.get("article")))
                .findFirst().orElseThrow();
        assertThat(article).containsEntry("kind", "provision").containsEntry("version", "2019-04-20")
                .containsEntry("title", "重大行政决策程序暂行条例 第二十八条");
        // Markup only where a word matched; all else is escaped text.
        assertThat(hits).allSatisfy(h -> {
            String snippet = (String) h.get("snippet");
            assertThat(snippet).contains("<em>");
            assertThat(snippet.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">");
        });
    }

    @Test
    void aKindNarrowsTheSearch() {
        List<Map<String, Object>> items = hits("/api/search?kind=item&limit=200&q=" + encode(PHRASE));
        assertThat(items).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind")).isEqualTo("item"));
        assertThat(items).extracting(h -> h.get("iri")).containsAll(select("""
                PREFIX yf: <https://w3id.org/yifa/ont#>
                SELECT ?s WHERE { ?s a yf:Item ; yf:text ?t FILTER(CONTAINS(?t, "%s")) }""".formatted(PHRASE)));

        List<Map<String, Object>> laws = hits("/api/search?kind=law&limit=200&q=" + encode("行政复议"));
        assertThat(laws).extracting(h -> h.get("iri")).containsExactlyInAnyOrderElementsOf(select("""
                PREFIX yf: <https://w3id.org/yifa/ont#> PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?s WHERE { ?s a yf:LawVersion ; eli:title ?t FILTER(CONTAINS(?t, "行政复议")) }"""));

        List<Map<String, Object>> criteria = hits("/api/search?kind=criterion&limit=200&q=" + encode(PHRASE));
        assertThat(criteria).allSatisfy(h -> assertThat(h).containsKeys("notation", "item"))
                .extracting(h -> h.get("iri")).containsAll(select("""
                PREFIX yf: <https://w3id.org/yifa/ont#>
                SELECT ?s WHERE { ?s a yf:Criterion ; yf:obligation ?t FILTER(CONTAINS(?t, "%s")) }""".formatted(PHRASE)));

        List<Map<String, Object>> provisions = hits("/api/search?kind=provision&limit=5&q=" + encode(PHRASE));
        assertThat(provisions).hasSize(5).allSatisfy(h -> assertThat(h).containsEntry("kind", "provision").containsKey("law"));
    }

    @Test
    void badRequestsAre400WithAMessage() {
        for (String uri : List.of("/api/search", "/api/search?q=", "/api/search?q=%EF%BC%8C%E3%80%82",
                "/api/search?q=x&kind=goal-post", "/api/search?q=x&limit=0", "/api/search?q=x&limit=100000")) {
            ResponseEntity<Map<String, Object>> response = RestClient.create("http://localhost:" + port).get().uri(java.net.URI.create(
                    "http://localhost:" + port + uri)).retrieve().onStatus(s -> true, (req, res) -> { })
                    .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
            assertThat(response.getStatusCode().value()).as(uri).isEqualTo(400);
            assertThat(String.valueOf(response.getBody().get("message"))).as(uri).isNotBlank();
        }
    }

    /** A paragraph folds into its article: …/art/25/para/1 → …/art/25. */
    static String article(String provision) {
        int para = provision.indexOf("/para/");
        return para < 0 ? provision : provision.substring(0, para);
    }

    private static String item(String notation) {
        return "https://w3id.org/yifa/id/model-unit-goals/item/" + notation;
    }

    private List<Map<String, Object>> hits(String uri) {
        Map<String, Object> body = RestClient.create("http://localhost:" + port).get()
                .uri(java.net.URI.create("http://localhost:" + port + uri)).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        return hits;
    }

    private List<String> select(String query) {
        String json = RestClient.create("http://localhost:" + port).get()
                .uri(java.net.URI.create("http://localhost:" + port + "/sparql?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").retrieve().body(String.class);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        results.forEachRemaining(r -> values.add(r.getResource("s").getURI()));
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
