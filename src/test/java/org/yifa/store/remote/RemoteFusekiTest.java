package org.yifa.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The remote-store contract on Fuseki with TDB2 on disk, its default graph the union of its named graphs. */
class RemoteFusekiTest extends RemoteStoreContract {

    @Override
    RemoteServer server(Path dir) throws Exception {
        return new FusekiServer(dir, true);
    }

    @Test
    @Order(4)
    void aWriteOverFusekisFormLimitGoesThroughAsOneUpdate() {
        // 3 million Chinese characters: 9 MB as UTF-8, 27 MB URL-encoded as a form, over the 25 MB that
        // Fuseki's Jetty takes in a form ("form too large"). Sent as application/sparql-update, it is 9 MB.
        String text = "依".repeat(3_000_000);
        String graph = "urn:yifa:test:large-write";
        Node subject = NodeFactory.createURI("urn:yifa:test:large");
        Graph content = GraphFactory.createDefaultGraph();
        content.add(Triple.create(subject, RDFS.comment.asNode(), NodeFactory.createLiteralString(text)));

        RemoteStore store = remoteStore();
        store.write(changes -> changes.replaceGraph(graph, content));
        Graph stored = store.graph(graph);
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.find().next().getObject().getLiteralLexicalForm()).isEqualTo(text);
        store.write(changes -> changes.removeGraph(graph));
    }
}
