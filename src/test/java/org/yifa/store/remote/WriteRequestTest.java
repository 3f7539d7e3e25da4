package org.yifa.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The text of one write, applied by Jena to a dataset in memory: the graphs it leaves, and how many operations it takes. */
class WriteRequestTest {

    private static final Node A = NodeFactory.createURI("https://w3id.org/yifa/graph/test/a");
    private static final Node B = NodeFactory.createURI("https://w3id.org/yifa/graph/test/b");

    @Test
    void dropsGoFirstAndEveryQuadGoesInOneInsertDataOfBlocks() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        store.add(A, uri("old"), RDFS.label.asNode(), NodeFactory.createLiteralString("gone"));
        WriteRequest write = new WriteRequest();
        write.add(B, triple("kept", "早"));
        write.add(A, triple("forgotten", "dropped after it was added"));
        write.drop(A);
        for (int i = 0; i < 2_500; i++) {
            write.add(A, triple("s" + i, "标签 𠀀 " + i));
        }

        UpdateRequest request = UpdateFactory.create(write.text());
        assertThat(request.getOperations()).hasSize(2);
        assertThat(write.text()).startsWith("DROP SILENT GRAPH <" + A.getURI() + ">")
                .contains("INSERT DATA {").doesNotContain("WHERE");
        assertThat(write.text().split("GRAPH <" + A.getURI() + "> \\{", -1)).as("blocks of A").hasSize(4);
        UpdateAction.execute(request, store);
        assertThat(store.getGraph(A).size()).isEqualTo(2_500);
        assertThat(store.getGraph(A).contains(uri("forgotten"), Node.ANY, Node.ANY)).isFalse();
        assertThat(store.getGraph(B).contains(triple("kept", "早"))).isTrue();
        assertThat(write.quads()).isEqualTo(2_501);
    }

    @Test
    void blankNodesGoInOneTemplateThatKeepsTheirIdentity() {
        Graph lists = lists(10);
        WriteRequest write = new WriteRequest();
        lists.find().forEachRemaining(t -> write.add(A, t));
        write.add(B, triple("plain", "x"));

        UpdateRequest request = UpdateFactory.create(write.text());
        assertThat(request.getOperations()).hasSize(1);
        assertThat(write.text()).startsWith("INSERT {").endsWith("WHERE {}\n");
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        UpdateAction.execute(request, store);
        assertThat(IsoMatcher.isomorphic(store.getGraph(A), lists)).isTrue();
        assertThat(store.getGraph(B).size()).isEqualTo(1);
    }

    @Test
    void manyBlankNodesGoInTemplatesOfAboutAThousandTriplesEachListWhole() {
        Graph lists = lists(400);
        WriteRequest write = new WriteRequest();
        lists.find().forEachRemaining(t -> write.add(A, t));
        for (int i = 0; i < 3_000; i++) {
            write.add(B, triple("s" + i, "x"));
        }

        UpdateRequest request = UpdateFactory.create(write.text());
        // One INSERT DATA of the 3,000 plain triples, then the 2,000 triples of lists in templates.
        assertThat(request.getOperations()).hasSize(3);
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        UpdateAction.execute(request, store);
        assertThat(IsoMatcher.isomorphic(store.getGraph(A), lists)).isTrue();
        assertThat(store.getGraph(B).size()).isEqualTo(3_000);
    }

    /** {@code n} subjects, each with an RDF list of two blank nodes (five triples). */
    private static Graph lists(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            Node head = NodeFactory.createBlankNode();
            Node tail = NodeFactory.createBlankNode();
            g.add(uri("l" + i), RDF.value.asNode(), head);
            g.add(head, RDF.first.asNode(), NodeFactory.createLiteralString("a" + i));
            g.add(head, RDF.rest.asNode(), tail);
            g.add(tail, RDF.first.asNode(), NodeFactory.createLiteralString("b" + i));
            g.add(tail, RDF.rest.asNode(), RDF.nil.asNode());
        }
        return g;
    }

    private static Triple triple(String subject, String label) {
        return Triple.create(uri(subject), RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "zh"));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("urn:yifa:test:" + local);
    }
}
