package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.yifa.testing.SlowTest;

/**
 * The SPARQL time limit: the service, a separate JVM with {@code yifa.store.query-timeout=2s}, cuts
 * queries over the cross product of the store within a bounded time, on {@code /sparql} and on the
 * embedded Fuseki, while ten other clients keep getting answers to quick questions.
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class QueryTimeoutTest {

    static final Duration LIMIT = Duration.ofSeconds(2);
    /** Time allowed beyond the limit for the cut and the answer, on a busy 2-core machine. */
    static final Duration SLACK = Duration.ofSeconds(10);

    ServiceProcess service;
    Path store;

    @BeforeAll
    void start() throws IOException {
        store = Files.createTempDirectory(Files.createDirectories(Path.of("target", "trust")), "timeout-store-");
        service = ServiceProcess.start("timeout", store, List.of("-Xmx768m"),
                "--yifa.store.query-timeout=" + LIMIT.toSeconds() + "s", "--yifa.sparql.timeout=" + LIMIT.toSeconds() + "s");
    }

    @AfterAll
    void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        try (var files = Files.walk(store)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void longQueriesAreCutWithinTheLimitWhileTenOtherClientsAreServed() throws Exception {
        Client client = new Client(service.base(), Duration.ofSeconds(60));
        String simple = Resources.text("simple.rq");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(14);
        List<Future<int[]>> quick = new ArrayList<>();
        Latencies latencies = new Latencies();
        for (int i = 0; i < 10; i++) {
            quick.add(pool.submit(() -> {
                int ok = 0;
                int other = 0;
                while (running.get()) {
                    long start = System.nanoTime();
                    Client.Answer a = client.sparql(simple, "application/sparql-results+json");
                    latencies.add("simple", System.nanoTime() - start);
                    if (a.status() == 200 && a.text().contains("\"9.6\"")) {
                        ok++;
                    } else {
                        other++;
                    }
                }
                return new int[] {ok, other};
            }));
        }
        // Cut while the answer has not begun (XML holds back its head) and while it streams (JSON, CSV).
        List<Future<String>> cut = new ArrayList<>();
        cut.add(pool.submit(timed(client, "cross-product-count.rq", "application/sparql-results+xml")));
        cut.add(pool.submit(timed(client, "cross-product-count.rq", "application/sparql-results+json")));
        cut.add(pool.submit(timed(client, "cross-product-rows.rq", "text/csv")));
        cut.add(pool.submit(timed(new Client(service.fusekiQueryUrl().replaceFirst("/sparql$", ""), Duration.ofSeconds(60)),
                "cross-product-count.rq", "application/sparql-results+json")));
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : cut) {
            outcomes.add(f.get(2, TimeUnit.MINUTES));
        }
        running.set(false);
        int ok = 0;
        int other = 0;
        for (Future<int[]> f : quick) {
            int[] counts = f.get(1, TimeUnit.MINUTES);
            ok += counts[0];
            other += counts[1];
        }
        pool.shutdownNow();
        System.out.printf("QueryTimeoutTest (limit %s): %s%n  quick queries during them: %d answered 200, %d otherwise; %s%n",
                LIMIT, String.join("; ", outcomes), ok, other, latencies.summary());
        for (String outcome : outcomes) {
            assertThat(outcome).as("cut within %s + %s", LIMIT, SLACK).startsWith("cut");
        }
        assertThat(outcomes.get(0)).as("/sparql, XML").contains("status 503");
        assertThat(outcomes.get(3)).as("Fuseki").contains("status 503");
        assertThat(other).as("quick queries not answered 200").isZero();
        assertThat(ok).as("quick queries answered while the long ones ran").isGreaterThanOrEqualTo(10);
    }

    /**
     * A cut query is never answered 200 with a truncated body that ends cleanly: the answer is
     * complete before it is written, so the cut is a 503 (or, at worst, a broken connection).
     */
    @Test
    void aQueryCutByTheLimitIsNeverAnsweredWith200() throws Exception {
        Client client = new Client(service.base(), Duration.ofSeconds(60));
        for (String type : List.of("application/sparql-results+json", "text/csv")) {
            String outcome = timed(client, "cross-product-count.rq", type).call();
            assertThat(outcome).as(type).doesNotContain("status 200");
        }
    }

    /** Sends a long query; says how it ended: "cut …" within the limit and slack, or "not cut …". */
    private static Callable<String> timed(Client client, String query, String accept) {
        return () -> {
            long start = System.nanoTime();
            String how;
            try {
                Client.Answer a = client.sparql(Resources.text(query), accept);
                how = "status " + a.status() + (a.status() == 200 ? complete(a) ? " complete" : " truncated" : "");
            } catch (IOException e) {
                how = "connection broken (" + e.getClass().getSimpleName() + ")";
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            boolean cut = !how.endsWith("complete") && took.compareTo(LIMIT.plus(SLACK)) <= 0;
            return (cut ? "cut" : "not cut") + " " + query + " as " + accept + " after " + took.toMillis() + " ms: " + how;
        };
    }

    /** Whether a 200 is a whole answer; these queries cannot finish in time, so only parsing JSON could say yes. */
    private static boolean complete(Client.Answer a) {
        if (!a.contentType().startsWith("application/sparql-results+json")) {
            return false;
        }
        try {
            ResultSetMgr.read(new ByteArrayInputStream(a.body()), ResultSetLang.RS_JSON).forEachRemaining(r -> { });
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
