package org.yifa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.rdf.Yf;
import org.yifa.search.TextIndexing;

/**
 * {@code POST /api/units/{id}/assessment/preview}: it answers as the assessment does after the same
 * upload (XLSX, CSV, Turtle), names the findings that change, rejects what the upload rejects with the
 * same answer, and writes nothing: the store's quads hash the same and TDB2 commits no write.
 */
@YifaSpringTest
class PreviewControllerTest {

    static final int YEAR = Year.now().getValue() - 1;
    /** The evidence columns of a CSV ledger: a CSV says which kind of record it holds by its header row. */
    static final String CSV_HEADER = "record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by\n";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    PlanHttp http;
    String unit;

    @BeforeEach
    void unit() throws IOException {
        http = new PlanHttp(port);
        unit = "plan-preview-" + UUID.randomUUID().toString().substring(0, 8);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(resource("/evidence/unit.ttl").replace("{unit}", unit), Lang.TURTLE).parse(model);
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(unitGraph()).add(model));
    }

    @AfterEach
    void remove() {
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(unitGraph()));
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(Yf.GRAPH + "evidence/" + unit));
        });
    }

    @Test
    void aPreviewAnswersAsTheAssessmentAfterTheSameUploadInEachFormat() throws IOException {
        byte[] csv = (CSV_HEADER + "pv-csv-1,training-record," + YEAR + "-05-06,法治专题培训班,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        // An evidence record, a judgement and a veto event, moved to the assessed year (the veto a year before).
        byte[] turtle = resource("/evidence/valid.ttl").replace("{unit}", unit).replace("2024", String.valueOf(YEAR - 1))
                .replace("2025", String.valueOf(YEAR)).getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/turtle", "text/csv", PlanHttp.XLSX)) {
            // The plan's ledger is made last, from the plan as the earlier uploads left it.
            var upload = Map.entry(type, type.equals(PlanHttp.XLSX) ? Ledger.fill(http.workbook(unit, YEAR), "preview-" + unit)
                    : type.equals("text/csv") ? csv : turtle);
            Map<String, Object> before = http.assessment(unit, YEAR);
            ResponseEntity<Map<String, Object>> preview = http.preview(unit, YEAR, upload.getKey(), upload.getValue());
            assertThat(preview.getStatusCode().value()).as("%s", preview.getBody()).isEqualTo(200);
            var written = http.upload(unit, upload.getKey(), upload.getValue());
            assertThat(written.getStatusCode().value()).as("%s", written.getBody()).isEqualTo(201);
            Map<String, Object> after = http.assessment(unit, YEAR);
            assertThat(preview.getBody().get("assessment")).as(upload.getKey()).isEqualTo(after);
            assertThat(preview.getBody().get("before")).isEqualTo(Map.of("eligible", before.get("eligible"),
                    "counts", before.get("counts"), "vetoes", before.get("vetoes")));
            assertThat(notations(PlanHttp.list(preview.getBody(), "changes"))).as(upload.getKey())
                    .isEqualTo(changed(before, after)).isNotEmpty();
        }
        // Every item is met now (the plan's ledger); the Turtle's veto event keeps the unit from being eligible.
        Map<String, Object> last = http.assessment(unit, YEAR);
        assertThat(PlanHttp.list(last, "findings")).allSatisfy(f -> assertThat(f.get("status")).isIn("met", "not-applicable"));
        assertThat(PlanHttp.list(last, "vetoes")).hasSize(1);
        assertThat(last.get("eligible")).isEqualTo(false);
    }

    @Test
    void aPreviewWritesNothingAcceptedOrRejectedAndNeitherDoesThePlan() throws IOException {
        byte[] csv = (CSV_HEADER + "pv-1,training-record," + YEAR + "-05-06,培训班,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = (CSV_HEADER + "pv-1,no-such-type," + YEAR + "-02-30,培训班,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        http.assessment(unit, YEAR); // its round is stored now, not during the previews
        AtomicLong commits = new AtomicLong();
        TransactionListener counter = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    commits.incrementAndGet();
                }
            }
        };
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(TextIndexing.base(dataset));
        String digest = digest();
        coordinator.modifyConfig(() -> coordinator.addListener(counter));
        try {
            assertThat(http.preview(unit, YEAR, "text/csv", csv).getStatusCode().value()).isEqualTo(200);
            assertThat(http.preview(unit, YEAR, "text/csv", bad).getStatusCode().value()).isEqualTo(400);
            assertThat(http.form("/api/units/" + unit + "/assessment/preview?year=" + YEAR, "ledger.csv", csv)
                    .getStatusCode().value()).isEqualTo(200);
            assertThat(http.plan(unit, YEAR).getStatusCode().value()).isEqualTo(200);
            assertThat(http.workbook(unit, YEAR)).isNotEmpty();
        } finally {
            coordinator.modifyConfig(() -> coordinator.removeListener(counter));
        }
        assertThat(commits).as("write transactions committed").hasValue(0);
        assertThat(digest()).as("digest of every quad").isEqualTo(digest);
    }

    @Test
    void aLedgerTheUploadRejectsIsRejectedWithTheSameAnswer() {
        byte[] bad = (CSV_HEADER + "pv-1,no-such-type," + YEAR + "-02-30,,,,,,,,\npv-1,training-record,"
                + YEAR + "-01-01,重复,,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] good = (CSV_HEADER + "pv-2,training-record," + YEAR + "-05-06,培训班,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Object[]> cases = List.of(new Object[] {unit, "text/csv", bad}, new Object[] {unit, "application/pdf", good},
                new Object[] {"no-such-unit", "text/csv", good});
        for (Object[] c : cases) {
            var preview = http.preview((String) c[0], YEAR, (String) c[1], (byte[]) c[2]);
            var upload = http.upload((String) c[0], (String) c[1], (byte[]) c[2]);
            assertThat(preview.getStatusCode().value()).as("%s %s", c[0], c[1]).isIn(400, 404, 415)
                    .isEqualTo(upload.getStatusCode().value());
            // The same problem, but each names its own request as the instance.
            assertThat(withoutInstance(preview.getBody())).isEqualTo(withoutInstance(upload.getBody()));
        }
        assertThat(PlanHttp.list(http.preview(unit, YEAR, "text/csv", bad).getBody(), "errors")).hasSizeGreaterThanOrEqualTo(3);
        // An id the unit has taken is refused as the upload refuses it.
        assertThat(http.upload(unit, "text/csv", good).getStatusCode().value()).isEqualTo(201);
        var again = http.preview(unit, YEAR, "text/csv", good);
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutInstance(again.getBody())).isEqualTo(withoutInstance(http.upload(unit, "text/csv", good).getBody()));
        // Who may not upload for the unit may not preview for it either.
        var anonymous = RestClient.create("http://localhost:" + port).post()
                .uri("/api/units/{u}/assessment/preview", unit).contentType(MediaType.parseMediaType("text/csv")).body(good)
                .retrieve().onStatus(s -> true, (q, r) -> { }).toBodilessEntity();
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    private String unitGraph() {
        return Yf.GRAPH + "test/unit/" + unit;
    }

    /** Items whose status or reasons differ between two assessment answers. */
    private static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        List<Map<String, Object>> was = PlanHttp.list(before, "findings");
        List<Map<String, Object>> now = PlanHttp.list(after, "findings");
        for (int i = 0; i < now.size(); i++) {
            if (!Objects.equals(was.get(i), now.get(i))) {
                changed.add((String) now.get(i).get("notation"));
            }
        }
        return changed;
    }

    private static List<String> notations(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> (String) c.get("notation")).toList();
    }

    /** SHA-256 over every quad of the store, in sorted N-Quads form. */
    private String digest() {
        List<String> quads = Txn.calculateRead(dataset, () -> {
            List<String> all = new ArrayList<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> all.add(FmtUtils.stringForQuad(q)));
            return all;
        });
        quads.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            quads.forEach(q -> sha.update((q + "\n").getBytes(StandardCharsets.UTF_8)));
            return quads.size() + " quads, " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PreviewControllerTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> rest = new java.util.LinkedHashMap<>(problem);
        rest.remove("instance");
        return rest;
    }
}
