package org.yifa.lod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;
import org.yifa.store.load.DataFiles;

@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerefControllerTest {

    static final String BASE = "https://w3id.org/yifa";
    static final String YF = "https://w3id.org/yifa/ont#";
    /** A unit's evidence graph, written by this test and removed after it. */
    static final String TEST_GRAPH = "https://w3id.org/yifa/graph/evidence/lod-test";
    static final String UNIT = "https://w3id.org/yifa/id/unit/lod-test";
    static final String UNIT_NAME = "测试<script>alert(1)</script>单位";
    static final String RECORD = "https://w3id.org/yifa/id/evidence/lod-test/r-1";
    static final String RECORD_TITLE = "<script>alert('x')</script>培训记录 & \"总结\"";
    static final String NON_ASCII = "https://w3id.org/yifa/id/unit/测试单位";
    static final String PARENTHESES = "https://w3id.org/yifa/id/lod-test/goal/1(1)";
    static final List<String> LABELS = List.of("http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title",
            "http://data.europa.eu/eli/ontology#title");

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    LodHttp http;

    @BeforeAll
    void addTestUnit() {
        String turtle = """
                @prefix yf: <https://w3id.org/yifa/ont#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a yf:Unit, org:Organization ; yf:unitId "lod-test" ; skos:prefLabel "%s"@zh ;
                    yf:unitType <https://w3id.org/yifa/id/unit-type/municipal-department> .
                <%s> a yf:EvidenceRecord ; yf:unit <%s> ; yf:recordId "r-1" ; dcterms:title "%s"@zh ;
                    dcterms:date "2025-04-12"^^xsd:date ; yf:url <javascript:alert(1)> ;
                    yf:evidenceType <https://w3id.org/yifa/id/evidence-type/training-record> .
                <%s> a yf:Unit ; skos:prefLabel "测试单位"@zh .
                <%s> skos:notation "1(1)" .
                """.formatted(UNIT, UNIT_NAME, RECORD, UNIT, RECORD_TITLE.replace("\"", "\\\""), NON_ASCII, PARENTHESES);
        Txn.executeWrite(dataset, () -> RDFParser.fromString(turtle, Lang.TURTLE)
                .parse(dataset.getNamedModel(TEST_GRAPH)));
        http = new LodHttp(port);
    }

    @AfterAll
    void removeTestUnit() {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(TEST_GRAPH)));
    }

    /** Every kind of resource, found by its class; ontology terms and shapes are hash IRIs of their documents. */
    static Stream<String> kinds() {
        return Stream.of("Framework", "Area", "Goal", "Requirement", "VetoCondition", "Ingestion", "Repair",
                "LawWork", "LawVersion", "Chapter", "Article", "Paragraph", "Citation", "LegalBasis", "Criterion",
                "EvidenceType", "UnitType", "Unit", "EvidenceRecord", "demo unit", "ontology term", "shapes");
    }

    static Stream<Arguments> kindsAndFormats() {
        return kinds().flatMap(kind -> Stream.of("text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples").map(format -> Arguments.of(kind, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("kindsAndFormats")
    void everyKindDereferencesInEveryRdfFormat(String kind, String mediaType) {
        Example example = example(kind);
        HttpResponse<byte[]> response = http.get(example.path(), mediaType);
        assertThat(response.statusCode()).as(example.path()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith(mediaType);
        assertThat(response.headers().firstValue("Vary")).contains("Accept");
        Graph answer = LodHttp.graph(response, lang(mediaType), http.base() + example.path());

        assertThat(example.triples()).isNotEmpty();
        for (Triple t : example.triples()) {
            if (t.getObject().isBlank()) {
                assertThat(answer.find(t.getSubject(), t.getPredicate(), Node.ANY).toList())
                        .as("%s has a blank node for %s", t.getSubject(), t.getPredicate())
                        .anyMatch(a -> a.getObject().isBlank());
            } else {
                assertThat(answer.contains(t)).as("%s contains %s", example.path(), t).isTrue();
            }
        }
        if (example.document()) {
            // The shapes document adds its own description to the files' triples.
            int self = kind.equals("shapes")
                    ? answer.find(NodeFactory.createURI("https://w3id.org/yifa/shapes"), Node.ANY, Node.ANY).toList().size() : 0;
            assertThat(answer.size() - self).as("the whole document").isEqualTo(example.documentSize());
        } else {
            for (Triple label : linkedLabels(example.iri())) {
                assertThat(answer.contains(label)).as("label of a linked resource: %s", label).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} as HTML")
    @MethodSource("kinds")
    void everyKindHasAWebPageWithItsLabel(String kind) {
        Example example = example(kind);
        HttpResponse<byte[]> response = http.get(example.path(), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("text/html");
        String page = LodHttp.text(response);
        String label = example.label().orElseGet(() -> fallbackName(example.triples()));
        assertThat(page).contains(LodHttp.escaped(label));
        assertThat(page).contains("?format=ttl").contains("?format=jsonld").contains("?format=rdf").contains("?format=nt");
        if (example.document()) {
            String fragment = example.iri().substring(example.iri().indexOf('#') + 1);
            assertThat(page).contains("id=\"" + fragment + "\"");
        } else {
            assertThat(page).contains(LodHttp.escaped(example.iri()));
        }
    }

    @Test
    void theShapesDocumentDescribesItsOwnIri() {
        Graph shapes = LodHttp.graph(http.get("/shapes", "text/turtle"), Lang.TURTLE, http.base());
        Node doc = NodeFactory.createURI("https://w3id.org/yifa/shapes");
        assertThat(shapes.find(doc, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY).toList())
                .extracting(t -> t.getObject().getLiteralLanguage()).containsExactlyInAnyOrder("zh", "en");
        assertThat(shapes.contains(doc, NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespaceUri"),
                NodeFactory.createLiteralString("https://w3id.org/yifa/shapes#"))).isTrue();
    }

    @Test
    void textFromUploadsAndLawsIsEscapedOnThePage() {
        String record = LodHttp.text(http.get(path(RECORD), "text/html"));
        assertThat(record).contains(LodHttp.escaped(RECORD_TITLE)).doesNotContain("<script>");
        // An uploaded link that is not a web address is shown, never made clickable.
        assertThat(record).contains("javascript:alert(1)").doesNotContain("href=\"javascript:");
        String unit = LodHttp.text(http.get(path(UNIT), "text/html"));
        assertThat(unit).contains(LodHttp.escaped(UNIT_NAME)).doesNotContain("<script>");
        // The record points to the unit: its (escaped) title is listed under "what points here".
        assertThat(unit).contains("What points here (1)").contains("href=\"/id/evidence/lod-test/r-1\"");
    }

    @Test
    void linksBelowTheBaseAreRewrittenToLocalPaths() {
        String item = select("SELECT ?x ?area { ?x a <" + YF + "Requirement> ; <" + YF + "inArea> ?area } ORDER BY ?x LIMIT 1");
        String[] row = item.split(" ");
        String page = LodHttp.text(http.get(path(row[0]), "text/html"));
        assertThat(page).contains("href=\"" + path(row[1]) + "\"").contains("href=\"/ont#inArea\"")
                .doesNotContain("href=\"https://w3id.org/yifa/");
    }

    @Test
    void aPageListsWhatPointsToTheResource() {
        String row = select("SELECT ?area ?framework { ?framework <" + YF + "hasArea> ?area } ORDER BY ?area LIMIT 1");
        String[] iris = row.split(" ");
        String page = LodHttp.text(http.get(path(iris[0]), "text/html"));
        assertThat(page).contains("What points here").contains("href=\"" + path(iris[1]) + "\"");
    }

    @Test
    void anUnknownIriIs404AsAPageOrAsAProblemDocument() {
        HttpResponse<byte[]> html = http.get("/id/model-unit-goals/item/99.1", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(LodHttp.contentType(html)).startsWith("text/html");
        assertThat(LodHttp.text(html)).contains("https://w3id.org/yifa/id/model-unit-goals/item/99.1");
        HttpResponse<byte[]> text = http.get("/id/model-unit-goals/item/99.1", "*/*");
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(LodHttp.contentType(text)).startsWith("application/problem+json");
        assertThat(LodHttp.text(text)).contains("\"status\":404").contains("model-unit-goals/item/99.1");
        assertThat(http.get("/graph/no-such-graph", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void percentEncodedPathsFindTheirIris() {
        String encoded = "/id/unit/" + URLEncoder.encode("测试单位", StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = http.get(encoded, "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.text(response)).contains("<" + NON_ASCII + ">").contains("测试单位");
        assertThat(http.get("/id/lod-test/goal/1(1)", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(LodHttp.text(http.get("/id/lod-test/goal/1%281%29", "application/n-triples")))
                .contains("<" + PARENTHESES + ">");
        assertThat(http.get("/id/model-unit-goals/item/1%2E4", "text/turtle").statusCode()).isEqualTo(200);
        // Links on pages are percent-encoded the same way.
        String unitPage = LodHttp.text(http.get(encoded, "text/html"));
        assertThat(unitPage).contains(LodHttp.escaped(NON_ASCII));
    }

    @Test
    void formatParameterOverridesAcceptAndBadRequestsAreExplained() {
        String item = path(select("SELECT ?x { ?x a <" + YF + "Requirement> } ORDER BY ?x LIMIT 1"));
        HttpResponse<byte[]> turtle = http.get(item + "?format=ttl", "text/html");
        assertThat(LodHttp.contentType(turtle)).startsWith("text/turtle");
        assertThat(LodHttp.contentType(http.get(item + "?format=jsonld", "text/html"))).startsWith("application/ld+json");
        HttpResponse<byte[]> unknown = http.get(item + "?format=docx", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(LodHttp.text(unknown)).contains("ttl").contains("jsonld");
        assertThat(http.get(item, "text/csv").statusCode()).isEqualTo(406);
        assertThat(LodHttp.contentType(http.get(item, null))).startsWith("text/turtle");
        assertThat(LodHttp.contentType(http.get(item, "application/json"))).startsWith("application/ld+json");
        assertThat(LodHttp.contentType(http.get(item, "text/turtle;q=0.5, application/rdf+xml"))).startsWith("application/rdf+xml");
    }

    @Test
    void turtleRuledOutByQZeroIsNotAnsweredAndNothingAcceptableIsAProblemDetail() {
        String item = path(select("SELECT ?x { ?x a <" + YF + "Requirement> } ORDER BY ?x LIMIT 1"));
        HttpResponse<byte[]> notTurtle = http.get(item, "text/turtle;q=0, */*");
        assertThat(notTurtle.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(notTurtle)).doesNotStartWith("text/turtle").startsWith("text/html");
        HttpResponse<byte[]> none = http.get(item, "text/turtle;q=0, application/ld+json;q=0, application/json;q=0.9, text/csv");
        assertThat(none.statusCode()).isEqualTo(406);
        assertThat(LodHttp.contentType(none)).startsWith("application/problem+json");
        assertThat(LodHttp.text(none)).contains("\"status\":406").contains("offered: text/turtle");
        assertThat(none.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
    }

    @Test
    void aGraphIriServesTheWholeNamedGraphInEveryFormat() {
        String graph = "https://w3id.org/yifa/graph/framework/model-unit-goals";
        long size = Txn.calculateRead(dataset, () -> (long) dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).size());
        assertThat(size).isPositive();
        for (String quads : List.of("application/trig", "application/n-quads")) {
            HttpResponse<byte[]> response = http.get(path(graph), quads);
            assertThat(LodHttp.contentType(response)).startsWith(quads);
            DatasetGraph answer = LodHttp.dataset(response.body(), quads.endsWith("trig") ? Lang.TRIG : Lang.NQUADS);
            assertThat(answer.getGraph(NodeFactory.createURI(graph)).size()).isEqualTo(size);
            assertThat(answer.getDefaultGraph().isEmpty()).isTrue();
        }
        for (String triples : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<byte[]> response = http.get(path(graph), triples);
            Graph answer = LodHttp.graph(response, lang(triples), http.base() + path(graph));
            assertThat(answer.size()).as(triples).isEqualTo(size);
        }
        String page = LodHttp.text(http.get(path(graph), "text/html"));
        assertThat(page).contains(size + " 条三元组 triples").contains("?format=trig").contains("?format=nq");
    }

    // ---- examples ----------------------------------------------------------------

    /** One resource of a kind: its IRI, where it is served, and what the store says about it. */
    record Example(String iri, String path, List<Triple> triples, Optional<String> label, boolean document,
                   long documentSize) {
    }

    Example example(String kind) {
        if (kind.equals("ontology term")) {
            String iri = YF + "Item";
            Graph ontology = Txn.calculateRead(dataset, () -> copy(dataset.asDatasetGraph()
                    .getGraph(NodeFactory.createURI("https://w3id.org/yifa/graph/ontology"))));
            return new Example(iri, "/ont", ontology.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList(),
                    label(ontology, iri), true, ontology.size());
        }
        if (kind.equals("shapes")) {
            Graph shapes = GraphFactory.createDefaultGraph();
            DataFiles.list("ontology/shapes/*.ttl").forEach(file -> {
                try {
                    RDFParser.source(new ByteArrayInputStream(file.getContentAsByteArray())).lang(Lang.TURTLE).parse(shapes);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String iri = "https://w3id.org/yifa/shapes#Item";
            return new Example(iri, "/shapes", shapes.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList(),
                    Optional.of("yfs:Item"), true, shapes.size());
        }
        String iri = kind.equals("demo unit")
                ? select("SELECT ?x { GRAPH <https://w3id.org/yifa/graph/demo> { ?x a <" + YF + "Unit> } } ORDER BY ?x LIMIT 1")
                : select("SELECT ?x { ?x a <" + YF + kind + "> FILTER(isIRI(?x)) } ORDER BY ?x LIMIT 1");
        Assumptions.assumeFalse(kind.equals("demo unit") && iri.isEmpty(), "the demo city is not in the store");
        assertThat(iri).as("an instance of yf:%s in the store", kind).isNotEmpty();
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            return new Example(iri, path(iri), union.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList(),
                    label(union, iri), false, 0);
        });
    }

    /** The labels of every IRI the resource links to, which a description must carry along. */
    List<Triple> linkedLabels(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            List<Triple> labels = new ArrayList<>();
            union.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    for (String p : LABELS) {
                        labels.addAll(union.find(t.getObject(), NodeFactory.createURI(p), Node.ANY).toList());
                    }
                }
            });
            return labels;
        });
    }

    /** A Chinese label by the preference a page uses, if the resource has one. */
    static Optional<String> label(Graph graph, String iri) {
        for (String p : LABELS) {
            for (Triple t : graph.find(NodeFactory.createURI(iri), NodeFactory.createURI(p), Node.ANY).toList()) {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals("zh")) {
                    return Optional.of(t.getObject().getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    /** Without a label, a page is named by the number of a provision or the notation of a criterion. */
    static String fallbackName(List<Triple> triples) {
        for (String p : List.of(YF + "numberZh", "http://www.w3.org/2004/02/skos/core#notation")) {
            Optional<String> name = triples.stream().filter(t -> t.getPredicate().getURI().equals(p))
                    .map(t -> t.getObject().getLiteralLexicalForm()).findFirst();
            if (name.isPresent()) {
                return name.get();
            }
        }
        return triples.stream().filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm())
                .sorted().findFirst().orElseThrow();
    }

    /** The first row of a query, its values joined by spaces (IRIs as strings). */
    String select(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(query).build()) {
                var rows = q.execSelect();
                if (!rows.hasNext()) {
                    return "";
                }
                var row = rows.next();
                List<String> values = new ArrayList<>();
                rows.getResultVars().forEach(v -> values.add(row.get(v).toString()));
                return String.join(" ", values);
            }
        });
    }

    static String path(String iri) {
        String rest = iri.substring(BASE.length());
        return org.springframework.web.util.UriUtils.encodePath(rest, StandardCharsets.UTF_8);
    }

    static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    static Lang lang(String mediaType) {
        return switch (mediaType) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/rdf+xml" -> Lang.RDFXML;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
    }
}
