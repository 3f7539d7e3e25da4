package org.yifa.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.yifa.audit.AuditLog;
import org.yifa.store.Store;
import org.yifa.store.StoreProperties;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class CompactionControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    @Autowired
    Store store;
    @Autowired
    StoreProperties properties;

    @Test
    void compactionFreesWhatReplacedDataTookAndReadersSeeTheSameStore() throws IOException {
        // Garbage as the engine's rounds make it: a graph written again and again, one transaction each.
        Node graph = NodeFactory.createURI("urn:test:compaction:rewritten");
        for (int round = 0; round < 6; round++) {
            int r = round;
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.removeGraph(graph);
                for (int i = 0; i < 5_000; i++) {
                    dsg.add(graph, NodeFactory.createURI("urn:test:s" + i), NodeFactory.createURI("urn:test:p"),
                            NodeFactory.createLiteralString("round " + r + " value " + i));
                }
            });
        }
        List<String> storageBefore = storageAreas();
        long quadsBefore = quadsOutsideAudit();
        long versionBefore = store.dataVersion();
        String itemBefore = ServiceHttp.client(port).get().uri("/api/items/1.1").retrieve().body(String.class);

        Map<String, Object> done = ServiceHttp.admin(port).post().uri("/api/admin/compact").retrieve().body(ServiceHttp.OBJECT);

        long before = ((Number) done.get("bytesBefore")).longValue();
        long after = ((Number) done.get("bytesAfter")).longValue();
        assertThat(after).as("bytes after compaction").isLessThan(before);
        // TDB2's next storage area took over; the old one is deleted.
        assertThat(storageBefore).hasSize(1);
        List<String> storageAfter = storageAreas();
        assertThat(storageAfter).hasSize(1).doesNotContainAnyElementsOf(storageBefore);
        // The same statements, read through the union default graph as before (its setting survived the switch).
        assertThat(quadsOutsideAudit()).isEqualTo(quadsBefore);
        assertThat(ServiceHttp.client(port).get().uri("/api/items/1.1").retrieve().body(String.class)).isEqualTo(itemBefore);
        // The data version went on (the audit entry is one more write), so kept reads are judged as before.
        assertThat(store.dataVersion()).isGreaterThan(versionBefore);
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(NodeFactory.createURI(AuditLog.GRAPH))
                .find(Node.ANY, NodeFactory.createURI("https://w3id.org/yifa/ont#action"), NodeFactory.createLiteralString("compact"))
                .hasNext())).isTrue();
        // Writes go on in the new area.
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(graph));
        assertThat(quadsOutsideAudit()).isEqualTo(quadsBefore - 5_000);
    }

    @Test
    void onlyAnAdminMayCompact() {
        var refused = ServiceHttp.client(port).post().uri("/api/admin/compact").retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toBodilessEntity();
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
    }

    /** TDB2's storage areas (Data-0001, Data-0002, …) in the store directory. */
    private List<String> storageAreas() throws IOException {
        try (Stream<Path> entries = Files.list(properties.dir())) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("Data-\\d+")).sorted().toList();
        }
    }

    private long quadsOutsideAudit() {
        Node audit = NodeFactory.createURI(AuditLog.GRAPH);
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().filter(q -> !q.getGraph().equals(audit)).count());
    }
}
