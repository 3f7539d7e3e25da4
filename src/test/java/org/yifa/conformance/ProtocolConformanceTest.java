package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;
import org.yifa.store.FusekiEndpoint;

/**
 * The W3C SPARQL 1.1 Protocol tests, every one of the manifest, against {@code /sparql} and the embedded Fuseki,
 * adapted to a read-only store that already holds its data:
 * <ul>
 * <li>the test graphs {@code data0…data3.rdf} are graphs of the store: wherever an IRI names a graph (the
 * protocol's dataset parameters) it becomes that graph; where the query text names a resource
 * ({@code <data1.rdf> a ?type}) it becomes a resource typed {@code skos:Concept} in that graph only;</li>
 * <li>the expected answer of each ASK is computed independently: by Jena, in memory, over the graphs read
 * through Fuseki's Graph Store endpoint and the dataset the request names; it must also be the manifest's
 * answer, except after a refused update;</li>
 * <li>every update request must be refused (4xx) and the store left unchanged.</li>
 * </ul>
 */
@YifaSpringTest
class ProtocolConformanceTest {

    static final String KASEI = "http://kasei.us/2009/09/sparql/data/data";
    static final String CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept";
    static final String G = "https://w3id.org/yifa/graph/";
    /** data0 … data3: graphs of the store (data1 and data3 share one: no type has instances in three graphs). */
    static final String[] GRAPHS = {G + "laws", G + "ontology", G + "inferred", G + "ontology"};

    @LocalServerPort
    int port;
    @Autowired
    FusekiEndpoint fuseki;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestFactory
    Stream<DynamicTest> onSparql() {
        return run("http://localhost:" + port + "/sparql");
    }

    @TestFactory
    Stream<DynamicTest> onFuseki() {
        return run(fuseki.queryUrl());
    }

    private Stream<DynamicTest> run(String endpoint) {
        Adaptation adaptation = new Adaptation(fuseki.datasetUrl());
        long before = quads();
        List<ProtocolManifest.Test> tests = ProtocolManifest.tests();
        assertThat(tests).hasSize(34);
        Stream<DynamicTest> each = tests.stream().map(test -> DynamicTest.dynamicTest(test.id() + ": " + test.name(),
                () -> {
                    boolean updated = false;
                    for (ProtocolManifest.Request request : test.requests()) {
                        updated |= check(endpoint, adaptation, request, updated);
                    }
                }));
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("the store is unchanged",
                () -> assertThat(quads()).isEqualTo(before))));
    }

    /** Sends one request and checks its answer; whether it was an update (refused). */
    private boolean check(String endpoint, Adaptation adaptation, ProtocolManifest.Request request, boolean afterUpdate)
            throws Exception {
        String contentType = request.header("content-type");
        String path = request.absolutePath();
        assertThat(path).startsWith("/sparql/");
        String queryString = path.contains("?") ? path.substring(path.indexOf('?') + 1) : null;
        Map<String, List<String>> params = parse(queryString);
        String body = request.body();
        boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
        Map<String, List<String>> formParams = form && body != null ? parse(body) : Map.of();
        boolean update = params.containsKey("update") || formParams.containsKey("update")
                || (contentType != null && contentType.startsWith("application/sparql-update"));

        String url = endpoint + (queryString == null ? "" : "?" + encode(adaptation.params(params)));
        String sent = body == null ? null : form ? encode(adaptation.params(formParams)) : adaptation.text(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        request.headers().forEach(h -> builder.header(h[0], h[1]));
        builder.method(request.method(), sent == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(sent.getBytes(Charset.forName(request.charset()))));
        HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        String answer = new String(response.body(), StandardCharsets.UTF_8);

        if (update) {
            assertThat(response.statusCode() / 100).as("an update is refused: " + answer).isEqualTo(4);
            return true;
        }
        assertThat(request.statusClasses()).as("status " + response.statusCode() + ": " + answer)
                .contains(response.statusCode() / 100);
        if (response.statusCode() / 100 != 2) {
            return false;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (request.expectedFormat() != null) {
            assertThat(type).as("format " + request.expectedFormat()).matches(switch (request.expectedFormat()) {
                case "boolean" -> "application/sparql-results\\+(json|xml).*";
                case "tabular" -> "(application/sparql-results\\+(json|xml)|text/csv|text/tab-separated-values).*";
                default -> "(application/rdf\\+xml|text/turtle|application/n-triples|application/xhtml\\+xml|text/html).*";
            });
        }
        if (request.expectedBoolean() != null) {
            boolean got = ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()),
                    type.contains("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON);
            String query = params.containsKey("query") ? params.get("query").get(0)
                    : formParams.containsKey("query") ? formParams.get("query").get(0) : body;
            boolean expected = adaptation.expectedAsk(adaptation.text(query),
                    params.containsKey("default-graph-uri") || params.containsKey("named-graph-uri") ? params : formParams);
            if (!afterUpdate) {
                assertThat(expected).as("the adapted test keeps the manifest's answer").isEqualTo(request.expectedBoolean());
            }
            assertThat(got).as("ASK answer").isEqualTo(expected);
        }
        return false;
    }

    private long quads() {
        try (RDFConnection connection = RDFConnection.queryConnect(fuseki.queryUrl())) {
            long[] n = new long[1];
            connection.querySelect("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    /** The test data's IRIs in terms of the store: graphs for dataset parameters, resources in query text. */
    private static final class Adaptation {
        private final Map<String, Graph> graphs = new LinkedHashMap<>();
        private final String[] resources = new String[4];

        Adaptation(String dataset) {
            for (String g : GRAPHS) {
                graphs.computeIfAbsent(g, iri -> RDFParser.source(dataset + "/get?graph="
                        + URLEncoder.encode(iri, StandardCharsets.UTF_8)).toGraph());
            }
            List<String> ontologyConcepts = concepts(graphs.get(GRAPHS[1]), graphs.get(GRAPHS[2]), true);
            resources[0] = ontologyConcepts.get(0);
            resources[1] = ontologyConcepts.get(0);
            resources[2] = concepts(graphs.get(GRAPHS[2]), graphs.get(GRAPHS[1]), false).get(0);
            resources[3] = ontologyConcepts.get(1);
        }

        /** Concepts of {@code in}, sorted; unless {@code shared}, only those {@code other} does not type. */
        private static List<String> concepts(Graph in, Graph other, boolean shared) {
            return in.find(null, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(CONCEPT))
                    .mapWith(t -> t.getSubject())
                    .filterKeep(s -> s.isURI() && (shared || !other.contains(s, org.apache.jena.vocabulary.RDF.type.asNode(),
                            NodeFactory.createURI(CONCEPT))))
                    .mapWith(s -> s.getURI()).toList().stream().sorted().toList();
        }

        String text(String text) {
            for (int i = 0; i < 4; i++) {
                text = text.replace(KASEI + i + ".rdf", resources[i]);
            }
            return text;
        }

        String graph(String iri) {
            for (int i = 0; i < 4; i++) {
                if (iri.equals(KASEI + i + ".rdf")) {
                    return GRAPHS[i];
                }
            }
            return iri;
        }

        Map<String, List<String>> params(Map<String, List<String>> params) {
            Map<String, List<String>> adapted = new LinkedHashMap<>();
            params.forEach((name, values) -> adapted.put(name, values.stream()
                    .map(v -> name.endsWith("graph-uri") ? graph(v) : text(v)).toList()));
            return adapted;
        }

        /** The ASK's answer by Jena in memory, over the dataset the protocol parameters (else the query) name. */
        boolean expectedAsk(String text, Map<String, List<String>> params) {
            Query query = QueryFactory.create(text);
            List<String> defaults = params.getOrDefault("default-graph-uri", List.of()).stream().map(this::graph).toList();
            List<String> named = params.getOrDefault("named-graph-uri", List.of()).stream().map(this::graph).toList();
            if (defaults.isEmpty() && named.isEmpty()) {
                defaults = query.getGraphURIs().stream().map(this::graph).toList();
                named = query.getNamedGraphURIs().stream().map(this::graph).toList();
            }
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            for (String g : defaults) {
                graphs.getOrDefault(g, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()).find()
                        .forEachRemaining(dataset.getDefaultGraph()::add);
            }
            for (String g : named) {
                if (graphs.containsKey(g)) {
                    dataset.addGraph(NodeFactory.createURI(g), graphs.get(g));
                }
            }
            try (QueryExecution execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset))
                    .query(query).build()) {
                return execution.execAsk();
            }
        }
    }

    private static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String encode(Map<String, List<String>> params) {
        return params.entrySet().stream().flatMap(e -> e.getValue().stream().map(v ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
