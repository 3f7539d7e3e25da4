package org.yifa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.yifa.query.QueryLibrary;

/**
 * SPARQL throughput: concurrent clients POST library queries (their parameters filled in with
 * values of the framework and the city) to an endpoint for a bounded time — Yifa's {@code /sparql},
 * and the store's own Fuseki endpoint with the same clients, mix and duration, to price what
 * {@code /sparql} adds.
 */
final class SparqlLoad {

    /** A library query and how to fill its parameters for one request. */
    record Mix(String name, Function<SplittableRandom, Map<String, Node>> parameters) {
    }

    /** A run's figures; {@code cpuMs}: the process's CPU time (server and clients, both in this JVM) over the run. */
    record Result(long requests, long errors, double seconds, double qps, Map<String, double[]> latencyByQuery,
                  String firstError, double cpuMs) {

        double cpuPerRequestMs() {
            return cpuMs / requests;
        }

        /** The runs as one: requests, errors, time and CPU time added, latencies pooled. */
        static Result of(List<Result> runs) {
            long requests = runs.stream().mapToLong(Result::requests).sum();
            double seconds = runs.stream().mapToDouble(Result::seconds).sum();
            Map<String, double[]> byQuery = new LinkedHashMap<>();
            runs.forEach(r -> r.latencyByQuery().forEach((name, samples) -> byQuery.merge(name, samples,
                    (x, y) -> java.util.stream.DoubleStream.concat(java.util.Arrays.stream(x), java.util.Arrays.stream(y)).toArray())));
            return new Result(requests, runs.stream().mapToLong(Result::errors).sum(), seconds, requests / seconds, byQuery,
                    runs.stream().map(Result::firstError).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                    runs.stream().mapToDouble(Result::cpuMs).sum());
        }
    }

    private SparqlLoad() {
    }

    /**
     * The mix; without {@code textIndex} (a remote store) {@code search-items} is left out: its {@code text:query}
     * needs the embedded store's text index, and {@code /sparql} refuses it there.
     */
    static List<Mix> mix(List<String> unitIds, List<String> notations, int year, boolean textIndex) {
        List<String> laws = List.of("行政许可法", "行政处罚法", "行政复议法", "行政诉讼法", "政府信息公开条例");
        List<String> unitTypes = List.of("government", "municipal-department", "district-government",
                "penalty-enforcement-department");
        List<Mix> mix = List.of(
                new Mix("item", r -> Map.of("notation", str(pick(r, notations)))),
                new Mix("criteria-of-item", r -> Map.of("notation", str(pick(r, notations)))),
                new Mix("provisions-of-item", r -> Map.of("notation", str(pick(r, notations)))),
                new Mix("items-on-law", r -> Map.of("law", str(pick(r, laws)))),
                new Mix("search-items", r -> Map.of("query", str("合法性审查"))),
                new Mix("unit-findings", r -> Map.of("unit", str(pick(r, unitIds)), "year", integer(year))),
                new Mix("compare-years", r -> Map.of("unit", str(pick(r, unitIds)))),
                new Mix("units-by-type", r -> Map.of("unitType",
                        NodeFactory.createURI("https://w3id.org/yifa/id/unit-type/" + pick(r, unitTypes)))),
                new Mix("veto-events", r -> Map.of("year", integer(year))));
        return textIndex ? mix : mix.stream().filter(m -> !m.name().equals("search-items")).toList();
    }

    /** Both endpoints' figures, measured in alternating rounds. */
    record Comparison(Result yifa, Result raw) {

        /** How much longer a query takes through /sparql than on the store's endpoint, in %, from the two rates. */
        double overheadPct() {
            return (raw.qps() / yifa.qps() - 1) * 100;
        }

        /** The same from the CPU time per request: what the machine's other work does not move. */
        double cpuOverheadPct() {
            return (yifa.cpuPerRequestMs() / raw.cpuPerRequestMs() - 1) * 100;
        }
    }

    /**
     * {@code /sparql} and the store's own endpoint {@code rawUrl}, same clients, mix and duration: each warmed up
     * for {@code warmUpSeconds} first (untimed), then {@code rounds} rounds of /sparql then the store's endpoint,
     * {@code seconds / rounds} each, with the same parameters in the same round — alternating, so that a change in
     * the machine's load during the measurement falls on both alike.
     */
    static Comparison compare(Http http, String rawUrl, QueryLibrary library, List<Mix> mix, int clients, int seconds,
                              int warmUpSeconds, int rounds) throws Exception {
        if (warmUpSeconds > 0) {
            run(http, http.sparqlUrl(), library, mix, clients, warmUpSeconds * 1000L, 0);
            run(http, rawUrl, library, mix, clients, warmUpSeconds * 1000L, 0);
        }
        List<Result> yifa = new ArrayList<>();
        List<Result> raw = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            yifa.add(run(http, http.sparqlUrl(), library, mix, clients, seconds * 1000L / rounds, round));
            raw.add(run(http, rawUrl, library, mix, clients, seconds * 1000L / rounds, round));
        }
        return new Comparison(Result.of(yifa), Result.of(raw));
    }

    /** p50 and p99 of each query of a run, for the results file. */
    static Map<String, Object> byQuery(Result result) {
        Map<String, Object> perQuery = new LinkedHashMap<>();
        result.latencyByQuery().forEach((name, samples) -> perQuery.put(name, samples.length == 0 ? Map.of("n", 0)
                : Map.of("n", samples.length, "p50_ms", Bench.round(Bench.median(samples), 1),
                "p99_ms", Bench.round(Bench.percentile(samples, 99), 1))));
        return perQuery;
    }

    /**
     * {@code clients} threads, each sending one query after another to the endpoint {@code url}, for {@code millis};
     * the parameters drawn from seeds {@code seed} makes.
     */
    static Result run(Http http, String url, QueryLibrary library, List<Mix> mix, int clients, long millis, int seed)
            throws Exception {
        Map<String, Query> queries = new HashMap<>();
        mix.forEach(m -> queries.put(m.name(), library.get(m.name()).query()));
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        String[] firstError = new String[1];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + millis * 1_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom rng = new SplittableRandom(1000L * seed + c);
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Mix m = mix.get(rng.nextInt(mix.size()));
                    Map<Var, Node> values = new HashMap<>();
                    m.parameters().apply(rng).forEach((k, v) -> values.put(Var.alloc(k), v));
                    String text = QueryTransformOps.transform(queries.get(m.name()), values).serialize();
                    long t = System.nanoTime();
                    try {
                        int status = http.sparql(url, text);
                        if (status != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = m.name() + ": HTTP " + status;
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = m.name() + ": " + e;
                            }
                        }
                    }
                    requests.incrementAndGet();
                    latencies.computeIfAbsent(m.name(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - t) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        Map<String, double[]> byQuery = new LinkedHashMap<>();
        mix.forEach(m -> {
            List<Double> l = latencies.getOrDefault(m.name(), List.of());
            byQuery.put(m.name(), l.stream().mapToDouble(Double::doubleValue).toArray());
        });
        return new Result(requests.get(), errors.get(), elapsed, requests.get() / elapsed, byQuery, firstError[0], cpuMs);
    }

    private static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
