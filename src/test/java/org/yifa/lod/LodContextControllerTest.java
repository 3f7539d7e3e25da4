package org.yifa.lod;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;
import org.yifa.rdf.Yf;

/**
 * The published context reads the JSON API as RDF: every statement it yields about named
 * resources is true in the store, and the statements a reader cares about are there.
 */
@YifaSpringTest
class LodContextControllerTest {

    static final String ITEM = "https://w3id.org/yifa/id/model-unit-goals/item/1.4";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    LodHttp http;

    @BeforeEach
    void client() {
        http = new LodHttp(port);
    }

    @Test
    void theContextIsServedAsJsonLdWithThePrefixesOfTheVocabulary() {
        HttpResponse<byte[]> response = http.get("/context.jsonld", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("application/ld+json");
        String context = LodHttp.text(response);
        // Scripts on other sites may fetch it (and the data) to read the JSON-LD.
        assertThat(http.get("/context.jsonld", "Origin", "https://example.org").headers()
                .firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(context).contains("\"yf\": \"" + Yf.NS + "\"").contains("\"yfid\": \"" + Yf.ID + "\"")
                .contains("\"eli\": \"http://data.europa.eu/eli/ontology#\"").contains("\"cccev\": \"http://data.europa.eu/m8g/\"");
    }

    @Test
    void theApiPointsToTheContext() {
        HttpResponse<byte[]> response = http.get("/api/items/1.4", "application/json");
        assertThat(response.headers().allValues("Link")).anyMatch(link -> link.contains("<" + http.base() + "/context.jsonld>")
                && link.contains("rel=\"http://www.w3.org/ns/json-ld#context\""));
    }

    @Test
    void anItemReadAsJsonLdStatesWhatTheStoreHolds() {
        Graph read = readAsJsonLd("/api/items/1.4");
        Node item = NodeFactory.createURI(ITEM);
        assertThat(read.contains(item, uri("http://www.w3.org/2004/02/skos/core#notation"), NodeFactory.createLiteralString("1.4"))).isTrue();
        assertThat(read.find(item, uri(Yf.NS + "text"), Node.ANY).toList()).singleElement()
                .satisfies(t -> assertThat(t.getObject().getLiteralLanguage()).isEqualTo("zh"));
        // Criteria hang off the item (yf:criterionOf, read backwards); their unit types are IRIs.
        List<Triple> criteria = read.find(Node.ANY, uri(Yf.NS + "criterionOf"), item).toList();
        assertThat(criteria).isNotEmpty();
        assertThat(read.find(criteria.get(0).getSubject(), uri(Yf.NS + "appliesTo"), Node.ANY).toList())
                .allMatch(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(Yf.ID + "unit-type/"));
        // The area is a node with its title in Chinese.
        Node area = read.find(item, uri(Yf.NS + "inArea"), Node.ANY).next().getObject();
        assertThat(read.find(area, uri("http://purl.org/dc/terms/title"), Node.ANY).next().getObject().getLiteralLanguage())
                .isEqualTo("zh");
        assertTrueInStore(read);
    }

    @Test
    void aLawReadAsJsonLdStatesWhatTheStoreHolds() {
        Graph read = readAsJsonLd("/api/laws/xingzheng-xuke-fa");
        Node work = NodeFactory.createURI(Yf.ID + "law/xingzheng-xuke-fa");
        assertThat(read.find(work, uri(Yf.NS + "hasVersion"), Node.ANY).toList()).isNotEmpty();
        assertThat(read.find(work, uri("http://data.europa.eu/eli/ontology#title_short"), Node.ANY).toList()).isNotEmpty();
        Node version = read.find(work, uri(Yf.NS + "hasVersion"), Node.ANY).next().getObject();
        assertThat(read.find(version, uri("http://data.europa.eu/eli/ontology#version_date"), Node.ANY).next().getObject()
                .getLiteralDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        assertTrueInStore(read);
    }

    /** Wraps an API answer with the context, as a JSON-LD processor does on seeing the Link header. */
    private Graph readAsJsonLd(String path) {
        String json = LodHttp.text(http.get(path, "application/json")).strip();
        String document = "{\"@context\": \"" + http.base() + "/context.jsonld\", \"@graph\": [" + json + "]}";
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(document, Lang.JSONLD).base(http.base() + path).parse(graph);
        assertThat(graph.size()).isGreaterThan(3);
        return graph;
    }

    /** Every triple between named resources and values is also in the store. */
    private void assertTrueInStore(Graph read) {
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            read.find().forEachRemaining(t -> {
                if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                    assertThat(union.contains(t)).as("the store holds %s", t).isTrue();
                }
            });
        });
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
