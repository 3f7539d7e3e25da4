package org.yifa.lod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Both JSON-LD writers give back exactly the graph they were given, with the context's terms. */
class LodJsonLdTest {

    static final String DATA = """
            @prefix yf: <https://w3id.org/yifa/ont#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/yifa/id/x/item/1.4> a yf:Requirement ; skos:notation "1.4" ; yf:position 4 ; yf:text "第一行\\n第二行 <b>"@zh ;
                yf:text "English text"@en ; yf:inArea <https://w3id.org/yifa/id/x/area/1> ; yf:verified true ; yf:count "007"^^xsd:integer ;
                dcterms:date "2025-04-12"^^xsd:date ; yf:weight 1.5 ; yf:restsOn _:shared ;
                yf:rule [ yf:per "year" ; yf:minCount 1 ; yf:list ( "a" "b" ) ] .
            <https://w3id.org/yifa/id/x/item/1.5> yf:restsOn _:shared .
            _:shared skos:prefLabel "共享"@zh .
            _:c1 yf:next _:c2 . _:c2 yf:next _:c1 .
            """;

    final JsonLdContext context = new JsonLdContext();

    @Test
    void compactionKeepsEveryTripleAndNestsBlankNodesUsedOnce() {
        Graph graph = parse(DATA, Lang.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.write(graph, "https://w3id.org/yifa/id/x/item/1.4", null, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(parse(json, Lang.JSONLD).isIsomorphicWith(graph)).as(json).isTrue();
        assertThat(json).contains("\"notation\": \"1.4\"").contains("\"area\": \"yfid:x/area/1\"")
                .contains("\"text\": \"第一行\\n第二行 <b>\"").contains("\"yf:position\": 4").contains("\"yf:verified\": true");
        // The main node comes first; the rule (used once) is nested, the shared node is not.
        assertThat(json.indexOf("yfid:x/item/1.4")).isLessThan(json.indexOf("yfid:x/item/1.5"));
        assertThat(json).contains("\"yf:rule\": {");
    }

    @Test
    void theStreamingWriterKeepsEveryTriple() {
        Graph graph = parse(DATA, Lang.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLdStream json = context.stream(null, out)) {
            graph.find().forEachRemaining(json::triple);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(parse(json, Lang.JSONLD).isIsomorphicWith(graph)).as(json).isTrue();
        assertThat(json).contains("\"notation\": \"1.4\"").contains("\"area\": \"yfid:x/area/1\"")
                .contains("\"text\": \"第一行\\n第二行 <b>\"");
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }
}
