package org.yifa.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

@SlowTest
@YifaSpringTest
class BackupControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    @Test
    void aBackupRestoresTheStoreExactly() {
        byte[] dump = client().get().uri("/api/admin/backup").retrieve().body(byte[].class);
        long quads = count();
        Quad extra = Quad.create(NodeFactory.createURI("urn:test:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("added after the backup"));
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(extra));
        assertThat(count()).isEqualTo(quads + 1);

        var restored = client().post().uri("/api/admin/restore").body(dump).retrieve().body(java.util.Map.class);
        assertThat(((Number) restored.get("restored")).longValue()).isEqualTo(quads);
        // The restored store plus the audit entry of the restore itself (6 triples, by test-admin).
        assertThat(count()).isEqualTo(quads + 6);
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(
                NodeFactory.createURI("https://w3id.org/yifa/graph/audit"), org.apache.jena.graph.Node.ANY,
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasAssociatedWith"),
                NodeFactory.createLiteralString("test-admin")))).isTrue();
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(extra))).isFalse();
    }

    @Test
    void aBrokenBackupChangesNothing() throws Exception {
        long quads = count();
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(broken)) {
            gz.write("<urn:s> <urn:p> <urn:o> <urn:g> .\n<urn:s> <urn:p> \"unterminated .\n".getBytes());
        }
        var response = client().post().uri("/api/admin/restore").body(broken.toByteArray()).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("not valid N-Quads");
        var notGzip = client().post().uri("/api/admin/restore").body("plain".getBytes()).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(String.class);
        assertThat(notGzip.getStatusCode().value()).isEqualTo(400);
        assertThat(count()).isEqualTo(quads);
    }

    private long count() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    private RestClient client() {
        return ServiceHttp.admin(port);
    }
}
