package org.yifa.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeReadBufferTest {

    private static final Node G = NodeFactory.createURI("urn:test:graph");
    private static final Node P = NodeFactory.createURI("urn:test:says");

    @TempDir
    Path dir;
    private Dataset dataset;

    @AfterEach
    void release() {
        if (dataset != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void everyTermReadsBackAsWrittenWhenAStoreIsOpenedAgain() {
        Map<Node, Node> written = new LinkedHashMap<>();
        written.put(s(0), NodeFactory.createURI("https://w3id.org/yifa/id/unit/sfj"));
        written.put(s(1), NodeFactory.createLiteralLang("行政执法公示", "zh"));
        written.put(s(2), NodeFactory.createLiteralDT("P1Y", XSDDatatype.XSDduration));
        written.put(s(3), NodeFactory.createBlankNode("b0"));
        // Longer than what a write transaction reads at once, and longer than a block (three bytes a character).
        written.put(s(4), NodeFactory.createLiteralString("x".repeat(NodeReadBuffer.TERM_CHUNK + 7)));
        written.put(s(5), NodeFactory.createLiteralString("条".repeat(NodeReadBuffer.BLOCK)));
        for (int i = 6; i < 20_000; i++) {
            written.put(s(i), NodeFactory.createLiteralString("依法行政记录标题 " + i));
        }
        Dataset first = open();
        Txn.executeWrite(first, () -> written.forEach((s, o) -> first.asDatasetGraph().add(G, s, P, o)));
        TDBInternal.expel(first.asDatasetGraph());

        // Opened again, nothing is cached: every term is decoded from the file, through the blocks.
        dataset = open();
        assertThat(NodeReadBuffer.install(dataset.asDatasetGraph())).isTrue();
        assertThat(NodeReadBuffer.isInstalled(dataset.asDatasetGraph())).isTrue();
        assertThat(readAll()).isEqualTo(written);
        // Again, now from kept blocks and TDB2's caches.
        assertThat(readAll()).isEqualTo(written);
    }

    @Test
    void aTermInThePlaceOfAnAbortedWritesTermIsReadAsItWasWritten() throws Exception {
        dataset = open();
        NodeReadBuffer.install(dataset.asDatasetGraph());
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node committed = NodeFactory.createLiteralString("已提交的记录");
        Txn.executeWrite(dataset, () -> dsg.add(G, s(0), P, committed));
        NodeId committedId = Txn.calculateRead(dataset, () -> cached().getNodeIdForNode(committed));
        // Same length, so that the second write puts its term where the aborted one was.
        Node aborted = NodeFactory.createLiteralString("撤销的写入甲");
        Node replacing = NodeFactory.createLiteralString("后来的写入乙");

        dataset.begin(ReadWrite.WRITE);
        dsg.add(G, s(1), P, aborted);
        NodeId abortedId = cached().getNodeIdForNode(aborted);
        // The write reads its own new term from the file ...
        assertThat(file().getNodeForNodeId(abortedId)).isEqualTo(aborted);
        // ... and a reader beside it reads a committed term of the same block, which also puts the write's
        // buffered bytes into the file.
        Node readBeside = CompletableFuture.supplyAsync(() -> Txn.calculateRead(dataset,
                () -> file().getNodeForNodeId(committedId))).get();
        assertThat(readBeside).isEqualTo(committed);
        dataset.abort();
        dataset.end();

        Txn.executeWrite(dataset, () -> dsg.add(G, s(1), P, replacing));
        Txn.executeRead(dataset, () -> {
            NodeId replacingId = cached().getNodeIdForNode(replacing);
            assertThat(replacingId).as("the new term where the aborted one was").isEqualTo(abortedId);
            assertThat(file().getNodeForNodeId(replacingId)).isEqualTo(replacing);
        });
    }

    @Test
    void theStorageCompactionSwitchesToReadsThroughBlocksToo() {
        dataset = open();
        NodeReadBuffer.install(dataset.asDatasetGraph());
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 100; i++) {
                dataset.asDatasetGraph().add(G, s(i), P, NodeFactory.createLiteralString("记录 " + i));
            }
        });
        DatasetGraphTDB before = storage();

        new EmbeddedStore(dataset).compact();

        assertThat(storage()).isNotSameAs(before);
        assertThat(NodeReadBuffer.isInstalled(dataset.asDatasetGraph())).isTrue();
        assertThat(readAll()).hasSize(100).containsEntry(s(99), NodeFactory.createLiteralString("记录 99"));
    }

    private Dataset open() {
        return TDB2Factory.connectDataset(dir.toString());
    }

    private Map<Node, Node> readAll() {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Node> read = new LinkedHashMap<>();
            dataset.asDatasetGraph().find(G, Node.ANY, P, Node.ANY)
                    .forEachRemaining((Quad q) -> read.put(q.getSubject(), q.getObject()));
            return read;
        });
    }

    private DatasetGraphTDB storage() {
        return TDBInternal.getDatasetGraphTDB(dataset);
    }

    /** The node table as TDB2 reads it (with its caches). */
    private NodeTable cached() {
        return storage().getTripleTable().getNodeTupleTable().getNodeTable();
    }

    /** The node table's file, under TDB2's caches: every read decodes the term from the file. */
    private NodeTableTRDF file() {
        NodeTable table = cached();
        while (!(table instanceof NodeTableTRDF)) {
            table = table.wrapped();
        }
        return (NodeTableTRDF) table;
    }

    private static Node s(int i) {
        return NodeFactory.createURI("urn:test:record/" + i);
    }
}
