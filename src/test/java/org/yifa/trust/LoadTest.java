package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/**
 * Load: 50 readers (items, a unit's assessment, SPARQL; each pausing up to 400 ms between requests)
 * and one writer uploading ledgers of 300 to 1,200 records for about a minute, on loopback against the
 * test server. The writer rests 0.5 to 2 s between uploads, so that every endpoint is measured both
 * while an upload runs (a request whose time overlaps an upload's) and while none does. No request may
 * fail (no 5xx, no broken connection, no time-out), and a reader polling the number of records of the
 * upload under way sees 0 or all of them, never a part. Times are taken after a warm-up of 10 s (the same
 * load, unmeasured): the first requests of 50 readers at once meet a cold JIT and empty caches, which is
 * start-up, not readers waiting for writers.
 *
 * <p>Targets for every read endpoint: p99 at most {@value #MAX_P99_MS} ms, and p99 while an upload runs at
 * most {@value #MAX_RATIO} times the p99 while none does — or {@value #FLOOR_MS} ms, whichever is more. The
 * floor keeps jitter of fast endpoints (2 ms against 7 ms is a ratio of 3.5: one time slice of the 2 shared
 * cores, one young collection) from failing the run; 100 ms is where a response stops feeling instant.
 * Numbers go to the output and to {@code target/trust/load.txt}.
 *
 * <p>{@code -Dtrust.load.seconds} (default 60), {@code -Dtrust.load.warmup.seconds} (default 10) and
 * {@code -Dtrust.load.readers} (default 50) change the run.
 */
@SlowTest
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class LoadTest {

    static final long MAX_P99_MS = 1_500;
    static final int MAX_RATIO = 3;
    static final long FLOOR_MS = 100;
    /**
     * The poll of an upload's record count is a query of the test's own whose cost grows with the unit (about
     * 12,000 records by the end of a run: p99 about 1 s without an upload on this machine): its p99 is reported
     * against the target, not asserted, until it is rewritten (issue 18). Its ratio is asserted.
     */
    static final String OWN_COST = "POST /sparql (records of an upload)";

    @LocalServerPort
    int port;

    @RegisterExtension
    final TestUnit testUnit = new TestUnit("trust-load-");
    final String unit = testUnit.id();

    @Test
    void fiftyReadersAndAWriterForAMinuteWithoutAnErrorOrATornRead() throws Exception {
        Duration run = Duration.ofSeconds(Integer.getInteger("trust.load.seconds", 60));
        int readers = Integer.getInteger("trust.load.readers", 50);
        String base = "http://127.0.0.1:" + port;
        Client setup = new Client(base, Duration.ofSeconds(60));
        List<String> notations = new ArrayList<>();
        setup.select(Resources.text("notations.rq")).forEachRemaining(r -> notations.add(r.getLiteral("notation").getString()));
        assertThat(notations).hasSizeGreaterThan(100);

        Uploads uploads = new Uploads();
        AtomicReference<Uploads.Sent> current = new AtomicReference<>();
        Map<String, Uploads.Sent> byTag = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger torn = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        // Starts and ends of uploads: a read overlapped one when an upload ran at its start or either count moved.
        AtomicInteger uploadsStarted = new AtomicInteger();
        AtomicInteger uploadsEnded = new AtomicInteger();
        // Measured after a warm-up: the first requests of 50 readers at once meet a cold JIT and empty caches.
        long measureFrom = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("trust.load.warmup.seconds", 10)).toNanos();
        long end = measureFrom + run.toNanos();

        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        Future<?> writer = pool.submit(() -> {
            Client client = new Client(base, Duration.ofSeconds(120));
            Random random = new Random(1);
            for (int n = 0; System.nanoTime() < end; n++) {
                int rows = 300 + random.nextInt(901);
                Uploads.Sent s = uploads.add("load" + n, unit, rows);
                byTag.put(s.tag, s);
                current.set(s);
                byte[] ledger = EvidenceCsv.ledger(s.tag, rows, 2024, random);
                uploadsStarted.incrementAndGet();
                long start = System.nanoTime();
                uploads.send(client, s, ledger, TestUsers.ADMIN_TOKEN);
                if (start >= measureFrom) {
                    latencies.add("upload", System.nanoTime() - start, true);
                }
                uploadsEnded.incrementAndGet();
                if (s.outcome != Uploads.Outcome.ACCEPTED) {
                    errors.add("upload " + s);
                }
                ServiceProcess.sleep(500 + random.nextInt(1_500));
            }
        });
        List<Future<?>> readerFutures = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int seed = r;
            readerFutures.add(pool.submit(() -> {
                Client client = new Client(base, Duration.ofSeconds(60));
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    // People read, then click: a pause of up to 400 ms between requests (200 ms on average).
                    ServiceProcess.sleep(random.nextInt(400));
                    int pick = random.nextInt(100);
                    String kind;
                    String path;
                    Uploads.Sent polled = null;
                    if (pick < 45) {
                        kind = "GET /api/items/{n}";
                        path = "/api/items/" + notations.get(random.nextInt(notations.size()));
                    } else if (pick < 65) {
                        kind = "GET /api/units/{u}/assessment";
                        path = "/api/units/" + unit + "/assessment?year=2024";
                    } else {
                        kind = "POST /sparql (records of an upload)";
                        // Mostly the upload under way; sometimes an earlier one, which must stay whole.
                        polled = random.nextInt(4) == 0 && !byTag.isEmpty()
                                ? byTag.get("load" + random.nextInt(byTag.size())) : current.get();
                        path = null;
                    }
                    int startedBefore = uploadsStarted.get();
                    int endedBefore = uploadsEnded.get();
                    long start = System.nanoTime();
                    java.util.function.BooleanSupplier overlapped = () -> startedBefore != endedBefore
                            || uploadsStarted.get() != startedBefore || uploadsEnded.get() != endedBefore;
                    boolean measured = start >= measureFrom;
                    try {
                        if (path != null) {
                            Client.Answer a = client.get(path);
                            if (measured) {
                                latencies.add(kind, System.nanoTime() - start, overlapped.getAsBoolean());
                            }
                            if (a.status() != 200) {
                                errors.add(kind + ": " + a);
                            }
                        } else if (polled != null) {
                            Uploads.Outcome before = polled.outcome;
                            long count = client.select(Resources.query("upload-count",
                                    Map.of("unit", unit, "tag", polled.tag))).next().getLiteral("records").getLong();
                            if (measured) {
                                latencies.add(kind, System.nanoTime() - start, overlapped.getAsBoolean());
                            }
                            polls.incrementAndGet();
                            if (count != 0 && count != polled.rows) {
                                torn.incrementAndGet();
                                errors.add("torn read: " + count + " of " + polled.rows + " records of " + polled.tag);
                            }
                            if (before == Uploads.Outcome.ACCEPTED && count != polled.rows) {
                                errors.add("an accepted upload read as " + count + " of " + polled.rows + ": " + polled.tag);
                            }
                        }
                    } catch (IOException e) {
                        if (measured) {
                            latencies.add(kind, System.nanoTime() - start, overlapped.getAsBoolean());
                        }
                        errors.add(kind + ": " + e);
                    }
                }
            }));
        }
        writer.get(5, TimeUnit.MINUTES);
        for (Future<?> f : readerFutures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
        Uploads.Found found = uploads.verify(new Client(base, Duration.ofSeconds(120)));

        long accepted = uploads.sent().stream().filter(s -> s.outcome == Uploads.Outcome.ACCEPTED).count();
        int rowsAccepted = uploads.sent().stream().filter(s -> s.outcome == Uploads.Outcome.ACCEPTED).mapToInt(s -> s.rows).sum();
        String report = String.format("LoadTest: %d s, %d readers + 1 writer on loopback (in-JVM test server)%n"
                        + "  requests: %d, errors: %d, polls of an upload's record count: %d, torn reads: %d%n"
                        + "  uploads: %d accepted (%d records), found whole %d, absent %d%n  %s%n",
                run.toSeconds(), readers, latencies.count(), errors.size(), polls.get(), torn.get(), accepted, rowsAccepted,
                found.whole(), found.absent(), latencies.summary().replace("; ", "\n  "));
        List<String> missed = new ArrayList<>();
        for (Latencies.Figures f : latencies.figures()) {
            if (f.kind().equals("upload")) {
                continue;
            }
            if (f.p99() > MAX_P99_MS) {
                String miss = String.format("%s: p99 %.0f ms > %d ms", f.kind(), f.p99(), MAX_P99_MS);
                if (f.kind().equals(OWN_COST)) {
                    report += "  reported, not asserted: " + miss + "\n";
                } else {
                    missed.add(miss);
                }
            }
            if (f.duringP99() > Math.max(MAX_RATIO * f.quietP99(), FLOOR_MS)) {
                missed.add(String.format("%s: p99 while an upload runs %.0f ms > %d × %.0f ms without one (floor %d ms)",
                        f.kind(), f.duringP99(), MAX_RATIO, f.quietP99(), FLOOR_MS));
            }
        }
        report += "  load average at the end: " + loadAverage() + (missed.isEmpty() ? "" : "\n  targets missed: " + missed) + "\n";
        System.out.print(report);
        Files.writeString(Files.createDirectories(Path.of("target", "trust")).resolve("load.txt"), report);

        assertThat(errors).as("errors (first 20)").isEmpty();
        assertThat(accepted).as("uploads accepted during the run").isGreaterThanOrEqualTo(2);
        assertThat(polls.get()).isPositive();
        assertThat(latencies.figures()).as("every read endpoint measured with and without an upload under way")
                .allSatisfy(f -> assertThat(f.kind().equals("upload") || f.quietCount() > 0 && f.duringCount() > 0).isTrue());
        assertThat(missed).as("latency targets").isEmpty();
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so every figure comes with it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
