package org.yifa.lod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadControllerTest {

    /** Evidence of a unit: in the store, never in a dump. */
    static final String EVIDENCE_GRAPH = "https://w3id.org/yifa/graph/evidence/lod-download-test";
    static final String ASSESSMENT_GRAPH = "https://w3id.org/yifa/graph/assessment/lod-download-test/2025";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    LodHttp http;

    @BeforeAll
    void addUnitData() {
        Txn.executeWrite(dataset, () -> {
            for (String g : List.of(EVIDENCE_GRAPH, ASSESSMENT_GRAPH)) {
                RDFParser.fromString("<https://w3id.org/yifa/id/evidence/lod-download-test/r-1> "
                        + "<http://purl.org/dc/terms/title> \"私有的佐证材料\"@zh .", Lang.TURTLE).parse(dataset.getNamedModel(g));
            }
        });
        http = new LodHttp(port);
    }

    @AfterAll
    void removeUnitData() {
        Txn.executeWrite(dataset, () -> List.of(EVIDENCE_GRAPH, ASSESSMENT_GRAPH)
                .forEach(g -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(g))));
    }

    @Test
    void theTurtleDumpIsTheMergedReferenceGraphs() {
        HttpResponse<byte[]> response = http.get("/downloads/yifa.ttl", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("text/turtle");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment").contains("filename=\"yifa.ttl\""));
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        Graph dump = parse(response.body(), Lang.TURTLE);
        List<String> reference = PublicGraphs.graphs(dataset, PublicGraphs.REFERENCE);
        assertThat(reference).contains(PublicGraphs.G + "ontology", PublicGraphs.G + "laws", PublicGraphs.G + "links",
                PublicGraphs.G + "criteria", PublicGraphs.G + "framework/model-unit-goals");
        assertThat((long) dump.size()).isEqualTo(PublicGraphs.mergedTriples(dataset, reference));
        assertThat(dump.contains(NodeFactory.createURI("https://w3id.org/yifa/id/model-unit-goals/item/1.4"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"),
                NodeFactory.createLiteralString("1.4"))).isTrue();
    }

    @Test
    void theNQuadsDumpHoldsEveryPublicGraphWithItsNameAndNoUnitData() throws IOException {
        HttpResponse<byte[]> response = http.get("/downloads/yifa.nq.gz", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("filename=\"yifa.nq.gz\""));
        DatasetGraph dump = DatasetGraphFactory.create();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        List<String> published = PublicGraphs.graphs(dataset, PublicGraphs.PUBLIC);
        List<String> inDump = new java.util.ArrayList<>();
        dump.listGraphNodes().forEachRemaining(n -> inDump.add(n.getURI()));
        assertThat(inDump).containsExactlyInAnyOrderElementsOf(published);
        for (String g : published) {
            assertThat((long) dump.getGraph(NodeFactory.createURI(g)).size()).as(g)
                    .isEqualTo(PublicGraphs.graphSize(dataset, g));
        }
        assertThat(dump.getDefaultGraph().isEmpty()).isTrue();
        assertThat(inDump).noneMatch(g -> g.contains("/evidence/") || g.contains("/assessment/") || g.endsWith("/meta"));
    }

    @Test
    void theJsonLdDumpIsTheTurtleDumpCompactedWithThePublishedContext() {
        HttpResponse<byte[]> response = http.get("/downloads/yifa.jsonld", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("application/ld+json");
        String json = LodHttp.text(response);
        // The context travels with the file, and its terms are used.
        assertThat(json).contains("\"@context\": {").contains("\"iri\": \"yfid:model-unit-goals/item/1.4\"")
                .contains("\"notation\": \"1.4\"").contains("\"text\": \"");
        Graph jsonld = parse(response.body(), Lang.JSONLD);
        Graph turtle = parse(http.get("/downloads/yifa.ttl", null).body(), Lang.TURTLE);
        assertThat(jsonld.size()).isEqualTo(turtle.size());
        assertThat(jsonld.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void theDownloadsPageListsEveryFileWithItsSizeAndTripleCount() {
        HttpResponse<byte[]> response = http.get("/downloads", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String page = LodHttp.text(response);
        long ttl = parse(http.get("/downloads/yifa.ttl", null).body(), Lang.TURTLE).size();
        long quads = PublicGraphs.graphs(dataset, PublicGraphs.PUBLIC).stream()
                .mapToLong(g -> PublicGraphs.graphSize(dataset, g)).sum();
        assertThat(page).contains("href=\"/downloads/yifa.ttl\"").contains("href=\"/downloads/yifa.nq.gz\"")
                .contains("href=\"/downloads/yifa.jsonld\"").contains("href=\"/downloads/void.ttl\"")
                .contains("<td>" + ttl + "</td>").contains("<td>" + quads + " quads</td>")
                .contains(" MiB</td>");
    }

    @Test
    void anUnchangedDumpIsNotSentTwice() {
        HttpResponse<byte[]> first = http.get("/downloads/yifa.nq.gz", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.get("/downloads/yifa.nq.gz", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(http.get("/downloads/yifa.xlsx", null).statusCode()).isEqualTo(404);
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }
}
