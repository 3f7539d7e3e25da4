package org.yifa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.GraphSource;
import org.yifa.store.StoreLoader;

/**
 * Full-text search from SPARQL ({@code text:query} on /sparql, the search queries of the library) and the
 * index kept in step with the store as the loader replaces graphs.
 */
@YifaSpringTest
class SearchQueriesTest {

    static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX yf: <https://w3id.org/yifa/ont#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;
    static final String PHRASE_QUERY = "\"合法性审查\"";

    @LocalServerPort
    int port;
    @Autowired
    QueryLibrary queries;
    @Autowired
    Dataset dataset;
    @Autowired
    StoreLoader loader;
    @Autowired
    org.yifa.store.FusekiEndpoint fuseki;

    @Test
    void textQueryOnSparqlFindsExactlyTheTextsHoldingThePhrase() {
        Set<String> containing = column(PREFIXES + "SELECT ?s WHERE { ?s yf:text ?t FILTER(CONTAINS(?t, \"合法性审查\")) }", "s");
        Set<String> found = column(PREFIXES + "SELECT ?s ?score WHERE { (?s ?score) text:query (yf:text '\"合法性审查\"' 1000) }", "s");
        assertThat(containing).hasSizeGreaterThan(10);
        assertThat(found).isEqualTo(containing);
    }

    @Test
    void theEmbeddedFusekiAnswersTextQueriesFromTheSameIndex() {
        String query = PREFIXES + "SELECT ?s WHERE { (?s ?score) text:query (yf:text '\"合法性审查\"' 1000) }";
        Set<String> viaFuseki = new TreeSet<>();
        try (var connection = org.apache.jena.rdfconnection.RDFConnection.queryConnect(fuseki.queryUrl())) {
            connection.querySelect(query, r -> viaFuseki.add(r.getResource("s").getURI()));
        }
        assertThat(viaFuseki).isNotEmpty().isEqualTo(column(query, "s"));
    }

    @Test
    void theSearchQueriesOfTheLibraryAnswerLikeContains() {
        assertThat(values("search-items", Map.of("query", PHRASE_QUERY), "notation"))
                .isEqualTo(values("items-with-keyword", Map.of("keyword", "合法性审查"), "notation"));

        Set<String> provisions = column(PREFIXES + """
                SELECT ?s WHERE { ?s a yf:Provision ; yf:text ?t FILTER(CONTAINS(?t, "合法性审查")) }""", "s");
        Set<String> headings = column(PREFIXES + """
                SELECT ?s WHERE { ?s a yf:Provision ; eli:title ?t FILTER(CONTAINS(?t, "合法性审查")) }""", "s");
        Set<String> expected = new TreeSet<>(provisions);
        expected.addAll(headings);
        assertThat(values("search-provisions", Map.of("query", PHRASE_QUERY), "hit")).isEqualTo(expected);

        assertThat(values("search-laws", Map.of("query", "\"行政复议\""), "hit")).isEqualTo(column(PREFIXES + """
                SELECT ?s WHERE { ?s a yf:LawVersion ; eli:title ?t FILTER(CONTAINS(?t, "行政复议")) }""", "s"));

        assertThat(values("search-criteria", Map.of("query", PHRASE_QUERY), "notation")).isEqualTo(column(PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s WHERE { ?c a yf:Criterion ; skos:notation ?s ; yf:obligation ?t FILTER(CONTAINS(?t, "合法性审查")) }""", "s"));

        List<QuerySolution> all = queries.select("search", Map.of("query", PHRASE_QUERY, "limit", "1000"));
        assertThat(all).extracting(r -> r.getLiteral("kind").getString()).contains("item", "provision", "criterion");
        assertThat(all).extracting(r -> r.getResource("hit").getURI()).containsAll(provisions)
                .contains("https://w3id.org/yifa/id/model-unit-goals/item/3.8");
    }

    @Test
    void theIndexHoldsOneDocumentPerIndexedTripleOfTheStore() {
        assertThat(TextIndexing.documents(dataset)).isEqualTo(indexedTriples()).isGreaterThan(1000);
    }

    @Test
    void aGraphTheLoaderRebuildsLeavesNoStaleEntries() {
        TestSource source = new TestSource("各级行政机关应当进行合法性审查并出具书面审查意见。");
        // Laws hold these phrases too: look at the test's own subject.
        int before = TextIndexing.documents(dataset);
        try {
            assertThat(loader.refresh(source)).isTrue();
            assertThat(find("\"书面审查意见\"")).contains(TestSource.SUBJECT);
            assertThat(TextIndexing.documents(dataset)).isEqualTo(before + 1);

            source.text = "坚持严格规范公正文明执法。";
            assertThat(loader.refresh(source)).isTrue();
            assertThat(find("\"书面审查意见\"")).doesNotContain(TestSource.SUBJECT);
            assertThat(find("\"公正文明执法\"")).contains(TestSource.SUBJECT);
            assertThat(loader.refresh(source)).isFalse();
            assertThat(TextIndexing.documents(dataset)).isEqualTo(before + 1).isEqualTo(indexedTriples());
        } finally {
            Node graph = NodeFactory.createURI(source.graphIri());
            Txn.executeWrite(dataset, () -> {
                dataset.asDatasetGraph().removeGraph(graph);
                dataset.asDatasetGraph().deleteAny(NodeFactory.createURI(StoreLoader.META_GRAPH), graph, Node.ANY, Node.ANY);
            });
        }
        assertThat(TextIndexing.documents(dataset)).isEqualTo(before);
    }

    /** A graph source whose one triple the test changes. */
    static final class TestSource implements GraphSource {
        static final String SUBJECT = "https://w3id.org/yifa/id/test-search/1";
        String text;

        TestSource(String text) {
            this.text = text;
        }

        @Override
        public String graphIri() {
            return Yf.GRAPH + "links/test-search";   // under an indexed graph
        }

        @Override
        public String fingerprint() {
            return org.yifa.store.DataFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Model build(Dataset store) {
            Model model = ModelFactory.createDefaultModel();
            model.add(model.createResource(SUBJECT), Yf.text, model.createLiteral(text, "zh"));
            return model;
        }

        @Override
        public int order() {
            return 1000;
        }
    }

    private long indexedTriples() {
        return Txn.calculateRead(dataset, () -> TextIndexing.FIELDS.values().stream().mapToLong(p -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, NodeFactory.createURI(p), Node.ANY);
            while (it.hasNext()) {
                var quad = it.next();
                if (quad.getObject().isLiteral() && TextIndexing.indexed(quad.getGraph())) {
                    n++;
                }
            }
            return n;
        }).sum());
    }

    private List<String> find(String lucene) {
        return new ArrayList<>(column(PREFIXES + "SELECT ?s WHERE { ?s text:query (yf:text '" + lucene + "' 100) }", "s"));
    }

    private Set<String> values(String query, Map<String, String> parameters, String var) {
        return queries.select(query, parameters).stream().map(r -> r.get(var).isLiteral()
                ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI()).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> column(String query, String var) {
        String json = RestClient.create().get()
                .uri(java.net.URI.create("http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").retrieve().body(String.class);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        Set<String> values = new TreeSet<>();
        results.forEachRemaining(r -> values.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI()));
        return values;
    }
}
