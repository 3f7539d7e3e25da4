package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * pyld, jsonld.js and Jena (Titanium) read the service's JSON-LD, each fetching {@code /context.jsonld}
 * or the inline context with its own loader, and get the same triples: the dump of the reference graphs and
 * one resource page. pyld once read every {@code goal} as a literal (two terms with identical scoped contexts).
 */
@SlowTest
@YifaSpringTest
class JsonLdProcessorsTest {

    static final Node IN_GOAL = NodeFactory.createURI("https://w3id.org/yifa/ont#inGoal");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/downloads/yifa.jsonld", "/id/model-unit-goals/item/7.4?format=jsonld", "/void?format=jsonld"})
    void pyldJsonldJsAndJenaReadTheSameTriples(String path) {
        Clients.requirePython("pyld", "requests");
        Clients.requireNode("jsonld");
        String url = "http://localhost:" + port + path;
        Graph jena = RDFParser.source(url).lang(Lang.JSONLD).toGraph();
        Graph pyld = nquads(Clients.run(Clients.PYTHON, "pyld_nquads.py", url));
        Graph jsonldJs = nquads(Clients.run(Clients.NODE, "jsonld_nquads.mjs", url));

        assertThat(jena.size()).isGreaterThan(0);
        assertThat(pyld.size()).as("pyld").isEqualTo(jena.size());
        assertThat(jsonldJs.size()).as("jsonld.js").isEqualTo(jena.size());
        assertThat(pyld.isIsomorphicWith(jena)).as("pyld reads what Jena reads").isTrue();
        assertThat(jsonldJs.isIsomorphicWith(jena)).as("jsonld.js reads what Jena reads").isTrue();
        assertThat(pyld.find(Node.ANY, IN_GOAL, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).toList())
                .as("goals read as literals").isEmpty();
    }

    private static Graph nquads(String text) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text).lang(Lang.NQUADS).parse(dataset);
        assertThat(dataset.listGraphNodes()).toIterable().as("named graphs").isEmpty();
        return dataset.getDefaultGraph();
    }
}
