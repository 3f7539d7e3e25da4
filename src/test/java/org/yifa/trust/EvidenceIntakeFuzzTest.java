package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.search.TextIndexing;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.UploadFormat;
import org.yifa.evidence.UploadReceipt;
import org.yifa.evidence.UploadRejected;

/**
 * Hostile uploads straight into {@link EvidenceIntake#accept}: damaged and random CSV, XLSX, Turtle
 * and JSON-LD. Every case ends in a receipt or an {@link UploadRejected} with a 4xx status, within a
 * time limit; a rejected upload commits no write (and, on every tenth case, leaves the quad count as it
 * was); no upload makes the
 * service fetch an address it names (a loopback listener counts attempts).
 */
@SlowTest
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceIntakeFuzzTest {

    @Autowired
    EvidenceIntake intake;

    @Autowired
    Dataset dataset;

    @RegisterExtension
    final TestUnit testUnit = new TestUnit("trust-fuzz-");
    final String unit = testUnit.id();
    final AtomicInteger fetches = new AtomicInteger();
    HttpServer listener;

    @BeforeAll
    void startListener() throws IOException {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "{\"@context\": {\"yf\": \"https://w3id.org/yifa/ont#\"}}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
    }

    @AfterAll
    void stopListener() {
        listener.stop(0);
    }

    @Test
    void everyHostileUploadEndsInAReceiptOrA4xxAndARejectedOneChangesNothing() {
        String contextUrl = "http://127.0.0.1:" + listener.getAddress().getPort() + "/context.jsonld";
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
        coordinator.modifyConfig(() -> coordinator.addListener(counter));
        // Counting every quad takes a while: every case is watched for committed writes, every tenth
        // also counts the store's quads before and after.
        long[] before = new long[2];
        List<String> broken = new ArrayList<>();
        Fuzz fuzz = new Fuzz("evidence-intake", 2000, Duration.ofSeconds(120), Duration.ofSeconds(30));
        try {
            fuzz.run(random -> new HostileUploads(random, unit, contextUrl).next(),
                    upload -> () -> {
                        before[0] = commits.get();
                        before[1] = fuzz.run() % 10 == 0 ? quads() : -1;
                        return intake.accept(unit, upload.format(), upload.bytes(), "模糊测试", "fuzz", upload.charset());
                    },
                    (upload, outcome) -> {
                        if (outcome.thrown() == null) {
                            return "accepted (" + upload.how() + ")";
                        }
                        if (!(outcome.thrown() instanceof UploadRejected r) || r.status() < 400 || r.status() > 499) {
                            return null;
                        }
                        long writes = commits.get() - before[0];
                        long quads = before[1] < 0 ? -1 : quads() - before[1];
                        if (writes != 0 || quads > 0) {
                            broken.add(upload.how() + " rejected with " + r.status() + " after " + writes
                                    + " committed writes changing the quad count by " + quads);
                            return null;
                        }
                        return "rejected " + r.status() + " (" + upload.how() + ")";
                    },
                    upload -> upload.bytes());
        } finally {
            coordinator.modifyConfig(() -> coordinator.removeListener(counter));
        }
        assertThat(fuzz.failures()).as("%s", broken).isEmpty();
        assertThat(fuzz.run()).isGreaterThanOrEqualTo(500);
        assertThat(fetches).as("addresses fetched on behalf of an upload").hasValue(0);
    }

    /**
     * Uploads built to hurt: nesting deep enough to overflow a recursive parser, XML entities that
     * expand or fetch, a zip bomb, one enormous field. Each must end in a receipt or a 4xx within a
     * minute (the limit of one upload's size, 5 MB, bounds them all) and write nothing when refused.
     */
    @Test
    void uploadsBuiltToHurtAreRefusedCleanly() {
        String fetch = "http://127.0.0.1:" + listener.getAddress().getPort() + "/xxe";
        int depth = 100_000;
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("turtle: blank nodes nested " + depth + " deep", new Object[] {UploadFormat.TURTLE,
                ("@prefix yf: <https://w3id.org/yifa/ont#> .\n<https://w3id.org/yifa/id/evidence/" + unit + "/deep> yf:p "
                        + "[ yf:p ".repeat(depth) + "1" + " ]".repeat(depth) + " .\n")});
        cases.put("turtle: collections nested " + depth + " deep", new Object[] {UploadFormat.TURTLE,
                ("@prefix yf: <https://w3id.org/yifa/ont#> .\n<https://w3id.org/yifa/id/evidence/" + unit + "/deep> yf:p "
                        + "( ".repeat(depth) + "1" + " )".repeat(depth) + " .\n")});
        cases.put("json-ld: arrays nested " + depth + " deep", new Object[] {UploadFormat.JSON_LD,
                "{\"@context\": {\"yf\": \"https://w3id.org/yifa/ont#\"}, \"yf:p\": " + "[".repeat(depth) + "1"
                        + "]".repeat(depth) + "}"});
        cases.put("json-ld: objects nested " + depth / 2 + " deep", new Object[] {UploadFormat.JSON_LD,
                "{\"@context\": {\"yf\": \"https://w3id.org/yifa/ont#\"}, \"@id\": \"https://w3id.org/yifa/id/evidence/"
                        + unit + "/deep\", " + "\"yf:p\": {".repeat(depth / 2) + "\"yf:q\": 1" + "}".repeat(depth / 2) + "}"});
        cases.put("json-ld: remote context on loopback", new Object[] {UploadFormat.JSON_LD,
                "{\"@context\": \"" + fetch + "\", \"@id\": \"https://w3id.org/yifa/id/evidence/" + unit + "/r\"}"});
        cases.put("csv: one field of 4 MB, never closed", new Object[] {UploadFormat.CSV,
                HostileUploads.EVIDENCE.get(0) + "\n\"" + "法".repeat(1_300_000)});
        cases.put("csv: 1,000,000 columns", new Object[] {UploadFormat.CSV, String.join(",", HostileUploads.EVIDENCE)
                + ",".repeat(1_000_000) + "\nx\n"});
        cases.put("csv: 2,000,000 empty lines", new Object[] {UploadFormat.CSV, String.join(",", HostileUploads.EVIDENCE)
                + "\n".repeat(2_000_000)});
        cases.put("xlsx: external entity on loopback (XXE)", new Object[] {UploadFormat.XLSX, XlsxBombs.withSheetXml(
                XlsxBombs.externalEntity(fetch))});
        cases.put("xlsx: entity expansion (billion laughs)", new Object[] {UploadFormat.XLSX, XlsxBombs.withSheetXml(
                XlsxBombs.billionLaughs())});
        cases.put("xlsx: zip bomb (200 MB sheet)", new Object[] {UploadFormat.XLSX, XlsxBombs.zipBomb(200 << 20)});

        Bounded bounded = new Bounded();
        List<String> failures = new ArrayList<>();
        cases.forEach((name, c) -> {
            byte[] bytes = c[1] instanceof String text ? HostileUploads.text(text) : (byte[]) c[1];
            long before = quads();
            Bounded.Outcome<UploadReceipt> outcome = bounded.run(
                    () -> intake.accept(unit, (UploadFormat) c[0], bytes, "模糊测试", "hostile", null), Duration.ofSeconds(60));
            long after = quads();
            String result = outcome.timedOut() ? "no answer within 60 s"
                    : outcome.thrown() == null ? "accepted " + outcome.value()
                    : outcome.thrown() instanceof UploadRejected r ? "rejected " + r.status() + ": " + r.getMessage()
                            + (r.problems().isEmpty() ? "" : " " + r.problems().get(0))
                    : Fuzz.stackTop(outcome.thrown());
            System.out.printf("hostile upload %s (%d bytes): %s in %d ms%n", name, bytes.length,
                    result.length() > 300 ? result.substring(0, 300) + "…" : result, outcome.nanos() / 1_000_000);
            boolean clean = !outcome.timedOut() && (outcome.thrown() == null
                    || outcome.thrown() instanceof UploadRejected r && r.status() >= 400 && r.status() < 500 && after == before);
            if (!clean) {
                failures.add(name + ": " + result);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(fetches).as("addresses fetched on behalf of an upload").hasValue(0);
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }
}
