package org.yifa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.springframework.context.ConfigurableApplicationContext;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.Reason;
import org.yifa.assessment.UnitAssessment;
import org.yifa.demo.CityGenerator;
import org.yifa.demo.CriteriaCatalog;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.UploadFormat;
import org.yifa.query.QueryLibrary;
import org.yifa.store.load.StoreLoader;

/**
 * The benchmark ({@code bench/run.sh small|medium|large|province [--remote]}): generates a synthetic city,
 * loads it into a fresh store of the running service — embedded, or a separate Fuseki process with
 * {@code --remote} — measures loading, assessment, explanation, gaps, re-assessment after an upload,
 * SPARQL throughput (through {@code /sparql} and on the store's own endpoint) and memory, runs the
 * baselines the size allows on the same data, and writes {@code bench/results-{label}.json},
 * {@code bench/RESULTS.md} and {@code bench/plot.svg}.
 */
public final class Benchmark {

    static final Path BENCH = Path.of("bench");
    static final int CLIENTS = 16;
    static final int SPARQL_SECONDS = Integer.getInteger("bench.sparql.seconds", 15);
    /** Untimed seconds of SPARQL load on each endpoint before the timed ones. */
    static final int SPARQL_WARM_UP_SECONDS = Integer.getInteger("bench.sparql.warmup", 5);
    /** Alternating rounds of /sparql and the store's endpoint the SPARQL seconds are split into. */
    static final int SPARQL_ROUNDS = Integer.getInteger("bench.sparql.rounds", 3);
    static final int PROBE_RUNS = Integer.getInteger("bench.probe.runs", 1000);
    /** Requests of /api/gaps after the first, answered from the gaps the service kept (median reported). */
    static final int GAPS_REPEATS = 5;
    /** Uploads timed for the re-assessment figure, each to another unit. */
    static final int REASSESS_UPLOADS = Integer.getInteger("bench.reassess.uploads", 30);
    /** Calls before the timed ones, so that the JIT has compiled the request path (C2 needs thousands of calls). */
    static final int WARM_UP = Integer.getInteger("bench.probe.warmup", 500);
    /** Why the figures that need the store's Dataset in this JVM are not measured on a remote store. */
    static final String NEEDS_DATASET = "needs the store's TDB2 Dataset in the service's JVM; the store is a separate "
            + "Fuseki process (see the embedded run of this size)";

    private final Size size;
    private final boolean remote;
    /** The size, and "-remote" on a remote store: the name of the results file and of the column. */
    private final String label;
    private final Path work;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    /** Figures not measured in this run, by key, with the reason. */
    private final Map<String, String> notRun = new LinkedHashMap<>();

    private Benchmark(Size size, boolean remote) {
        this.size = size;
        this.remote = remote;
        this.label = size.label() + (remote ? "-remote" : "");
        this.work = BENCH.resolve("work").resolve(label);
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean remote = arguments.remove("--remote");
        if (arguments.size() != 1) {
            System.err.println("usage: Benchmark small|medium|large|province [--remote] | report");
            System.exit(2);
        }
        if (arguments.get(0).equals("report")) {
            Report.rewrite(BENCH);
            return;
        }
        int status = 0;
        try {
            new Benchmark(Size.of(arguments.get(0)), remote).run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        // The reasoner's thread may still be running when it overran its budget.
        System.exit(status);
    }

    private void run() throws Exception {
        Bench.deleteTree(work);
        Files.createDirectories(work);
        DiskNeed.check(work, size.units, remote, size.keep);
        results.put("size", size.label());
        results.put("label", label);
        results.put("store", remote ? "remote" : "embedded");
        results.put("units", size.units);
        results.put("year", Size.YEAR);
        results.put("years", Size.YEARS);
        results.put("machine", Machine.describe());
        // TDB2 keeps one file mode per JVM (TdbFileProperties): every store of this run opens in the size's mode,
        // the base store's, the service's and the bulk loader's alike.
        System.setProperty("yifa.store.tdb.file-mode", size.fileMode);
        details.put("store_file_mode", size.fileMode);
        Bench.log("TDB2 file mode: %s", size.fileMode);

        long t = System.nanoTime();
        try (Service service = remote ? Service.remote(work, details) : Service.embedded(work, details)) {
            measure(service);
        } catch (Exception | Error e) {
            // An hour of a province is not thrown away: what was measured goes to bench/work, RESULTS.md stays as it is.
            details.put("failed", e.toString());
            details.put("run_s", Bench.round((System.nanoTime() - t) / 1e9, 0));
            Report.writeFailed(work, results, details);
            throw e;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        machine.put("load_average_at_end", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        details.put("run_s", Bench.round((System.nanoTime() - t) / 1e9, 0));
        if (!notRun.isEmpty()) {
            details.put("not_run", notRun);
        }
        Report.write(BENCH, work, label, results, details);
    }

    private void measure(Service service) throws Exception {
        ConfigurableApplicationContext context = service.context;
        Dataset dataset = remote ? null : context.getBean(Dataset.class);
        QueryLibrary queries = context.getBean(QueryLibrary.class);
        StoreLoader loader = context.getBean(StoreLoader.class);
        AssessmentEngine engine = context.getBean(AssessmentEngine.class);
        EvidenceIntake intake = context.getBean(EvidenceIntake.class);
        Http http = new Http(service.port());
        int year = Size.YEAR;

        // 1. The city.
        Bench.log("generating %d units, years %s", size.units, Size.YEARS);
        Bench.Timed<CityFiles.City> generated = Bench.timed(() ->
                CityFiles.write(new CityGenerator(CriteriaCatalog.read(queries)), size, work));
        CityFiles.City city = generated.value();
        results.put("triples", city.triples());
        details.put("generate_ms", Bench.round(generated.ms(), 0));
        details.put("city_files", city.files().stream().map(Path::toString).toList());
        details.put("city_bytes", Bench.sizeOf(city.files()));
        Bench.log("%d triples in %d file(s), %.0f MB", city.triples(), city.files().size(),
                Bench.sizeOf(city.files()) / 1048576.0);

        // 2. Loading: Jena's bulk loader on its own directory, then Yifa's write path.
        System.gc();
        long[] tdb = Loads.tdbLoader(city, work.resolve("tdbloader"));
        results.put("tdbloader_triples_per_s", Math.round(tdb[1] / (tdb[0] / 1000.0)));
        details.put("tdbloader_ms", tdb[0]);
        details.put("tdbloader_quads", tdb[1]);
        Bench.log("TDB2 basic loader: %d quads in %d ms", tdb[1], tdb[0]);
        if (!size.keep) {
            // Not read again: its disk is freed at once (a province's copy is several GB).
            Bench.deleteTree(work.resolve("tdbloader"));
        }
        System.gc();
        Bench.resetPeaks();
        ResidentPeaks resident = ResidentPeaks.start();
        long yifaMs = Loads.yifa(loader, city);
        results.put("load_triples_per_s", Math.round(city.triples() / (yifaMs / 1000.0)));
        details.put("load_ms", yifaMs);
        Bench.log("Yifa's write path: %d triples in %d ms", city.triples(), yifaMs);
        if (!size.keep && size.inMemoryBaselinesSkipped != null) {
            // Nothing reads the files again (only the in-memory baselines would): their disk goes to the rounds.
            city.files().forEach(f -> f.toFile().delete());
            Bench.log("deleted the city's files (bench.keep=false)");
        }

        details.put("load_rss_anon_peak_mb", Bench.round(resident.anonMb(), 0));
        details.put("load_rss_file_peak_mb", Bench.round(resident.fileMb(), 0));
        // From here on, the anonymous peak is what assessing and serving the city take (the file-backed part
        // starts at what the load left mapped and resident).
        resident.reset();

        // 3. Full assessment, cold then warm.
        Path storeDir = work.resolve("store");
        double storeAfterLoad = Bench.treeMb(storeDir);
        Bench.Timed<List<UnitAssessment>> cold = Bench.timed(() -> engine.assessAll(year));
        // TDB2 writes copy what they touch and free nothing until the store is compacted: what a city's rounds cost on disk.
        double roundsGrowth = Bench.treeMb(storeDir) - storeAfterLoad;
        if (!remote) {
            details.put("store_mb_after_load", Bench.round(storeAfterLoad, 0));
            details.put("store_mb_growth_cold_assessment", Bench.round(roundsGrowth, 0));
        }
        results.put("full_assessment_cold_ms", Bench.round(cold.ms(), 1));
        Bench.log("full assessment, cold: %d units in %.0f ms", cold.value().size(), cold.ms());
        double[] warm = new double[size.warmRuns];
        double[] warmCpu = new double[size.warmRuns];
        for (int i = 0; i < warm.length; i++) {
            Bench.Timed<?> run = Bench.timed(() -> engine.assessAll(year));
            warm[i] = run.ms();
            warmCpu[i] = run.cpuMs();
        }
        results.put("full_assessment_ms", Bench.round(Bench.median(warm), 1));
        details.put("full_assessment_warm_runs_ms", round(warm));
        details.put("full_assessment_cpu_ms", Bench.round(Bench.median(warmCpu), 1));
        details.put("full_assessment_cold_cpu_ms", Bench.round(cold.cpuMs(), 1));
        Bench.log("full assessment, warm: median %.0f ms of %s", Bench.median(warm), java.util.Arrays.toString(round(warm)));
        Map<String, UnitAssessment> engineResults = new HashMap<>();
        cold.value().forEach(a -> engineResults.put(a.unit(), a));

        // 4. One unit and one explanation over HTTP.
        List<String> unitIds = city.units().stream().map(u -> u.id()).toList();
        List<String> notations = cold.value().get(0).findings().stream().map(Finding::notation).toList();
        SplittableRandom rng = new SplittableRandom(42);
        probe("unit_assessment", PROBE_RUNS, () -> http.get("/api/units/" + unitIds.get(rng.nextInt(unitIds.size()))
                + "/assessment?year=" + year));
        probe("explain", PROBE_RUNS, () -> http.get("/api/units/" + unitIds.get(rng.nextInt(unitIds.size()))
                + "/items/" + notations.get(rng.nextInt(notations.size())) + "/explain?year=" + year));
        probeEngine(engine, unitIds, year);
        probeExplainDirect(context, unitIds, notations, year);

        // 5. Gaps. The first request assesses the whole city (above kept-units it reads the records again: the
        // province, 4 minutes); the service keeps the answer until a record changes, so repeats answer from it.
        java.time.Duration gapsTimeout = java.time.Duration.ofMillis(Math.max(120_000, Math.round(4 * Bench.median(warm))));
        double gapsFirst = Bench.ms(() -> http.get("/api/gaps?year=" + year, gapsTimeout));
        double[] gapsKept = new double[GAPS_REPEATS];
        for (int i = 0; i < gapsKept.length; i++) {
            gapsKept[i] = Bench.ms(() -> http.get("/api/gaps?year=" + year, gapsTimeout));
        }
        results.put("gaps_ms", Bench.round(gapsFirst, 1));
        details.put("gaps_kept_ms", Bench.round(Bench.median(gapsKept), 1));
        details.put("gaps_kept_runs_ms", round(gapsKept));
        // A remote store has no data version: nothing is kept, every request assesses the city again.
        Bench.log("gaps: %.0f ms assessing the city, then %.0f ms (median of %d) %s", gapsFirst, Bench.median(gapsKept),
                GAPS_REPEATS, remote ? "assessing it again (a remote store: nothing is kept)" : "from what the service kept");

        // 6. Re-assessment after an upload.
        reassess(engine, intake, engineResults, year);

        // 7. SPARQL throughput, through /sparql and on the store's own endpoint.
        sparql(http, service.rawQueryUrl(), queries, SparqlLoad.mix(unitIds, notations, year, !remote));

        // 8. Memory of everything Yifa did since the load began.
        results.put("peak_heap_mb", Bench.round(Bench.heapPeakMb(), 0));
        results.put("vmhwm_mb", Bench.round(Bench.vmHwmMb(), 0));
        results.put("rss_anon_peak_mb", Bench.round(resident.anonMb(), 0));
        details.put("rss_file_peak_mb", Bench.round(resident.fileMb(), 0));
        Bench.log("memory: heap peak %.0f MB, VmHWM %.0f MB; after the load: anonymous resident peak %.0f MB, "
                + "file-backed (mapped store files) %.0f MB; during the load %.0f and %.0f MB", Bench.heapPeakMb(),
                Bench.vmHwmMb(), resident.anonMb(), resident.fileMb(), (double) details.get("load_rss_anon_peak_mb"),
                (double) details.get("load_rss_file_peak_mb"));
        if (remote) {
            details.put("store_vmhwm_mb", Bench.round(service.storeVmHwmMb(), 0));
            Bench.log("the remote store's process: VmHWM %.0f MB", service.storeVmHwmMb());
        }

        // 9. Baselines.
        if (remote) {
            List.of("scan_floor_ms", "details.scan_floor_cpu_ms", "shacl_baseline_ms", "reasoner_baseline_ms")
                    .forEach(key -> notRun.put(key, NEEDS_DATASET));
        } else {
            baselines(dataset, city, engineResults, year);
        }

        // 10. The rounds of the cold run written again: in one write transaction, then in batches.
        if (remote) {
            // Each write grows the remote store by a copy of what it touches (12 GB after the load already).
            notRun.put("details.round_writes_one_transaction_ms", "one request of every round (some 800,000 triples "
                    + "at medium) would be parsed whole in the remote Fuseki's heap and grow its store again; the cold "
                    + "full assessment writes them a partition to a request");
        } else if (!roundWritesFit(storeDir, roundsGrowth)) {
            String why = String.format(Locale.ROOT, "the cold full assessment grew the store by %,.0f MB (TDB2 frees "
                    + "nothing before a compaction); removing and writing the rounds twice more would take about "
                    + "%,.0f MB, and %,.0f MB are free", roundsGrowth, ROUND_REWRITES * roundsGrowth, DiskNeed.freeMb(storeDir));
            notRun.put("details.round_writes_one_transaction_ms", why);
            notRun.put("details.round_writes_batched_ms", why);
            Bench.log("rounds not written again: %s", why);
        } else {
            roundWrites(context, cold.value());
        }

        // 11. Compaction: the space that the run's writes left behind in TDB2, given back (POST /api/admin/compact).
        if (remote) {
            notRun.put("details.compaction_ms", "a remote store manages its own space (Yifa answers 501)");
        } else if (!Boolean.parseBoolean(System.getProperty("bench.compact", String.valueOf(size.units <= COMPACT_UP_TO)))) {
            notRun.put("details.compaction_ms", "it copies the whole store at about the bulk loader's rate (a 200-unit "
                    + "trial: 18 s), so it runs up to " + COMPACT_UP_TO + " units unless -Dbench.compact=true");
        } else {
            compaction(context.getBean(org.yifa.store.Store.class), storeDir, storeAfterLoad);
        }

        if (!size.keep) {
            city.files().forEach(f -> f.toFile().delete());
        }
    }

    /** {@link SparqlLoad#compare}: /sparql, then the store's own endpoint; rates, errors, p50 and p99 of each query. */
    private void sparql(Http http, String rawUrl, QueryLibrary queries, List<SparqlLoad.Mix> mix) throws Exception {
        Bench.log("SPARQL: %d clients for %d s on /sparql and on %s, in %d alternating rounds (after %d s of warm-up on each)",
                CLIENTS, SPARQL_SECONDS, rawUrl, SPARQL_ROUNDS, SPARQL_WARM_UP_SECONDS);
        SparqlLoad.Comparison both = SparqlLoad.compare(http, rawUrl, queries, mix, CLIENTS, SPARQL_SECONDS,
                SPARQL_WARM_UP_SECONDS, SPARQL_ROUNDS);
        for (String key : new String[] {"sparql", "fuseki"}) {
            SparqlLoad.Result load = key.equals("sparql") ? both.yifa() : both.raw();
            results.put(key + "_qps", Bench.round(load.qps(), 1));
            results.put(key + "_errors", load.errors());
            details.put(key + "_requests", load.requests());
            details.put(key + "_cpu_per_request_ms", Bench.round(load.cpuPerRequestMs(), 2));
            details.put(key + "_by_query", SparqlLoad.byQuery(load));
            if (load.firstError() != null) {
                details.put(key + "_first_error", load.firstError());
            }
            Bench.log("%s: %d requests, %.1f/s, %d errors%s", key.equals("sparql") ? "/sparql" : rawUrl, load.requests(),
                    load.qps(), load.errors(), load.firstError() == null ? "" : " (first: " + load.firstError() + ")");
        }
        results.put("sparql_overhead_pct", Bench.round(both.overheadPct(), 1));
        details.put("sparql_cpu_overhead_pct", Bench.round(both.cpuOverheadPct(), 1));
        details.put("fuseki_url", rawUrl);
        details.put("sparql_queries", mix.stream().map(SparqlLoad.Mix::name).toList());
        Bench.log("/sparql overhead over the store's endpoint: %.1f %% (CPU time per request: %.1f %%, %.2f against %.2f ms)",
                both.overheadPct(), both.cpuOverheadPct(), both.yifa().cpuPerRequestMs(), both.raw().cpuPerRequestMs());
    }

    /**
     * {@link org.yifa.store.Store#compact}: its time and the store's size before and after. It copies the data
     * beside the old files, so it runs only when the disk holds the store as it was after the load (an upper
     * bound of the copy) with a tenth to spare.
     */
    private void compaction(org.yifa.store.Store store, Path storeDir, double storeAfterLoadMb) {
        if (storeAfterLoadMb * 1.1 >= DiskNeed.freeMb(storeDir)) {
            String why = String.format(Locale.ROOT, "the copy may take up to the store's size after the load, %,.0f MB, "
                    + "and %,.0f MB are free", storeAfterLoadMb, DiskNeed.freeMb(storeDir));
            notRun.put("details.compaction_ms", why);
            Bench.log("no compaction: %s", why);
            return;
        }
        Bench.Timed<org.yifa.store.Store.Compacted> run = Bench.timed(store::compact);
        // The sizes the store measured itself, before and after, by the same walk of its directory.
        double before = run.value().bytesBefore() / 1048576.0;
        double after = run.value().bytesAfter() / 1048576.0;
        details.put("compaction_ms", Bench.round(run.ms(), 0));
        details.put("store_mb_before_compaction", Bench.round(before, 0));
        details.put("store_mb_after_compaction", Bench.round(after, 0));
        Bench.log("compaction: %.0f ms, the store directory %,.0f MB before, %,.0f MB after", run.ms(), before, after);
    }

    /** Cities up to this many units are compacted at the end of a run by default ({@code -Dbench.compact}). */
    private static final int COMPACT_UP_TO = 1_000;

    /** The writes {@link #roundWrites} makes, each growing the store about as much as the cold run's rounds did. */
    private static final int ROUND_REWRITES = 4;

    /** Whether the disk holds what {@link #roundWrites} adds to the store, with a tenth to spare. */
    private static boolean roundWritesFit(Path storeDir, double roundsGrowthMb) {
        return ROUND_REWRITES * roundsGrowthMb * 1.1 < DiskNeed.freeMb(storeDir);
    }

    /**
     * The write of a first full assessment's rounds on the same data in one run: all in one write
     * transaction (as before batches), then {@code ROUND_BATCH} to a write (as the engine writes them).
     * The stored rounds are removed before each (untimed).
     */
    private void roundWrites(ConfigurableApplicationContext context, List<UnitAssessment> rounds) {
        org.yifa.assessment.RoundWrites writes = new org.yifa.assessment.RoundWrites(context);
        int batch = Integer.parseInt(context.getEnvironment().getProperty("yifa.assessment.units-per-partition", "50"));
        for (int size : new int[] {Integer.MAX_VALUE, batch}) {
            writes.remove(rounds);
            Bench.Timed<Integer> run = Bench.timed(() -> writes.store(rounds, size));
            String key = size == Integer.MAX_VALUE ? "round_writes_one_transaction" : "round_writes_batched";
            details.put(key + "_ms", Bench.round(run.ms(), 0));
            details.put(key + "_cpu_ms", Bench.round(run.cpuMs(), 0));
            details.put(key + "_transactions", run.value());
            Bench.log("rounds of %d units written again, %s: %.0f ms (CPU %.0f ms) in %d write(s)", rounds.size(),
                    size == Integer.MAX_VALUE ? "in one write" : size + " to a write", run.ms(), run.cpuMs(), run.value());
        }
    }

    /** Warm-up, then {@code runs} timed calls: p50 and p99 under {@code key}. */
    private void probe(String key, int runs, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        double[] samples = new double[runs];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            samples[i] = Bench.ms(call);
        }
        // The whole process's CPU time (server and client, both here) per request: what contention does not add.
        details.put(key + "_process_cpu_per_request_ms", Bench.round((os.getProcessCpuTime() - cpu) / 1e6 / runs, 2));
        results.put(key + "_p50_ms", Bench.round(Bench.median(samples), 2));
        results.put(key + "_p99_ms", Bench.round(Bench.percentile(samples, 99), 2));
        details.put(key + "_max_ms", Bench.round(java.util.Arrays.stream(samples).max().orElse(0), 2));
        Bench.log("%s over HTTP: p50 %.2f ms, p99 %.2f ms", key, Bench.median(samples), Bench.percentile(samples, 99));
    }

    /**
     * The engine alone (no HTTP, no JSON): one unit's assessment, in wall time and in the calling
     * thread's CPU time — the part of the wall time that the machine's other work does not add.
     */
    private void probeEngine(AssessmentEngine engine, List<String> unitIds, int year) {
        SplittableRandom rng = new SplittableRandom(7);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = PROBE_RUNS / 2;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < WARM_UP; i++) {
            engine.assess(unitIds.get(rng.nextInt(unitIds.size())), year);
        }
        for (int i = 0; i < runs; i++) {
            String id = unitIds.get(rng.nextInt(unitIds.size()));
            long c = threads.getCurrentThreadCpuTime();
            wall[i] = Bench.ms(() -> engine.assess(id, year));
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        latencies("engine_unit_assessment", "unit assessment in the engine", wall, cpu);
    }

    /**
     * One explanation without HTTP: the controller's method itself (the engine and the answer's
     * maps, no serialisation), called reflectively since controllers are package-private.
     */
    private void probeExplainDirect(ConfigurableApplicationContext context, List<String> unitIds, List<String> notations,
                                    int year) throws ReflectiveOperationException {
        Object controller = context.getBeansWithAnnotation(org.springframework.web.bind.annotation.RestController.class)
                .values().stream().filter(b -> b.getClass().getName().equals("org.yifa.assessment.UnitController"))
                .findFirst().orElseThrow();
        java.lang.reflect.Method explain = controller.getClass().getDeclaredMethod("explain", String.class, String.class, Integer.class);
        explain.setAccessible(true);
        SplittableRandom rng = new SplittableRandom(11);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = PROBE_RUNS / 2;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            String id = unitIds.get(rng.nextInt(unitIds.size()));
            String notation = notations.get(rng.nextInt(notations.size()));
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            explain.invoke(controller, id, notation, year);
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        latencies("engine_explain", "explain without HTTP", wall, cpu);
    }

    /** p50 and p99 of wall and CPU time under {@code key}_p50_ms, {@code key}_cpu_p99_ms and so on. */
    private void latencies(String key, String what, double[] wall, double[] cpu) {
        details.put(key + "_p50_ms", Bench.round(Bench.median(wall), 2));
        details.put(key + "_p99_ms", Bench.round(Bench.percentile(wall, 99), 2));
        details.put(key + "_cpu_p50_ms", Bench.round(Bench.median(cpu), 2));
        details.put(key + "_cpu_p99_ms", Bench.round(Bench.percentile(cpu, 99), 2));
        Bench.log("%s: p50 %.2f ms, p99 %.2f ms (CPU time p50 %.2f ms, p99 %.2f ms)",
                what, Bench.median(wall), Bench.percentile(wall, 99), Bench.median(cpu), Bench.percentile(cpu, 99));
    }

    /**
     * Uploads one evidence record (CSV) for a unit that lacks evidence of its type, and times from the
     * upload to the fresh assessment that counts it. The upload's listener re-assesses the years it
     * touches before {@code accept} returns; the following {@code assess} is what a client asks next.
     */
    private void reassess(AssessmentEngine engine, EvidenceIntake intake, Map<String, UnitAssessment> before, int year) {
        List<double[]> runs = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        int n = 0;
        for (UnitAssessment a : before.values()) {
            if (n >= REASSESS_UPLOADS) {
                break;
            }
            Reason missing = a.findings().stream().flatMap(f -> f.reasons().stream())
                    .filter(r -> r.kind().equals("missing-evidence") && r.evidenceType() != null).findFirst().orElse(null);
            if (missing == null) {
                continue;
            }
            String recordId = "bench-upload-" + (++n);
            // Every column of the evidence sheet, as the template has them; the optional ones left empty.
            String csv = "record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by\n"
                    + recordId + "," + missing.evidenceType() + "," + year + "-01-15,基准测试上传的佐证材料,,,,,,,\n";
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            intake.accept(a.unit(), UploadFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), "bench");
            long accepted = System.nanoTime();
            UnitAssessment fresh = engine.assess(a.unit(), year);
            long end = System.nanoTime();
            cpus.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            boolean counted = fresh.findings().stream().flatMap(f -> f.criteria().stream())
                    .map(CriterionResult::considered).anyMatch(c -> c.contains(recordId));
            if (!counted) {
                throw new IllegalStateException("The fresh assessment of " + a.unit() + " does not count " + recordId);
            }
            runs.add(new double[] {(end - start) / 1e6, (accepted - start) / 1e6, (end - accepted) / 1e6});
        }
        double[] total = runs.stream().mapToDouble(r -> r[0]).toArray();
        results.put("reassess_ms", Bench.round(Bench.median(total), 1));
        details.put("reassess_runs", runs.size());
        details.put("reassess_cpu_ms", Bench.round(Bench.median(cpus.stream().mapToDouble(Double::doubleValue).toArray()), 1));
        details.put("reassess_max_ms", Bench.round(java.util.Arrays.stream(total).max().orElse(0), 1));
        details.put("reassess_upload_with_listener_ms", Bench.round(Bench.median(runs.stream().mapToDouble(r -> r[1]).toArray()), 1));
        details.put("reassess_assess_after_ms", Bench.round(Bench.median(runs.stream().mapToDouble(r -> r[2]).toArray()), 1));
        Bench.log("upload to fresh result: median %.1f ms over %d uploads (upload with re-assessment %.1f, then assess %.1f)",
                Bench.median(total), runs.size(), details.get("reassess_upload_with_listener_ms"),
                details.get("reassess_assess_after_ms"));
    }

    private void baselines(Dataset dataset, CityFiles.City city, Map<String, UnitAssessment> engineResults, int year)
            throws Exception {
        // (c) The floor.
        for (int i = 0; i < 2; i++) {
            ScanFloor.scan(dataset, city.graphs());
        }
        double[] scans = new double[5];
        double[] scansCpu = new double[5];
        long records = 0;
        for (int i = 0; i < scans.length; i++) {
            Bench.Timed<Long> scan = Bench.timed(() -> ScanFloor.scan(dataset, city.graphs()));
            scans[i] = scan.ms();
            scansCpu[i] = scan.cpuMs();
            records = scan.value();
        }
        results.put("scan_floor_ms", Bench.round(Bench.median(scans), 1));
        details.put("scan_floor_cpu_ms", Bench.round(Bench.median(scansCpu), 1));
        details.put("scan_floor_records", records);
        Bench.log("scan floor: %d records in %.1f ms", records, Bench.median(scans));

        if (size.inMemoryBaselinesSkipped != null) {
            notRun.put("shacl_baseline_ms", size.inMemoryBaselinesSkipped);
            notRun.put("reasoner_baseline_ms", size.inMemoryBaselinesSkipped);
            Bench.log("SHACL twin and reasoner baselines not run: %s", size.inMemoryBaselinesSkipped);
            return;
        }
        Bench.log("reading the city into memory for the baselines");
        double before = Bench.usedHeapAfterGcMb();
        Bench.resetPeaks();
        Model model = Loads.inMemory(city.files());
        // What deciding where the in-memory baselines fit rests on (Size): the city's share of the heap, and the peak.
        details.put("city_in_memory_mb", Bench.round(Bench.usedHeapAfterGcMb() - before, 0));

        // (a) SHACL.
        ShaclBaseline shacl = new ShaclBaseline(dataset);
        Bench.Timed<Map<String, Map<String, String>>> twin = Bench.timed(() -> shacl.assess(model, year));
        results.put("shacl_baseline_ms", Bench.round(twin.ms(), 0));
        details.put("shacl_baseline_cpu_ms", Bench.round(twin.cpuMs(), 0));
        details.put("shacl_agreement", Agreement.of(engineResults, twin.value()));
        Bench.log("SHACL baseline: %.0f ms; agreement with the engine %s", twin.ms(), details.get("shacl_agreement"));

        // (b) Reasoner, bounded.
        ReasonerBaseline reasoner = new ReasonerBaseline(dataset);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "reasoner-baseline");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        Future<Bench.Timed<ReasonerBaseline.Result>> future = pool.submit(() -> Bench.timed(() -> reasoner.assess(model, year)));
        try {
            Bench.Timed<ReasonerBaseline.Result> timed = future.get(size.reasonerBudgetS, TimeUnit.SECONDS);
            ReasonerBaseline.Result r = timed.value();
            double ms = (System.nanoTime() - start) / 1e6;
            results.put("reasoner_baseline_ms", Bench.round(ms, 0));
            details.put("reasoner_baseline_cpu_ms", Bench.round(timed.cpuMs(), 0));
            details.put("reasoner_prepare_ms", Bench.round(r.prepareMs(), 0));
            details.put("reasoner_query_ms", Bench.round(r.queryMs(), 0));
            details.put("reasoner_inferred_triples", r.inferredTriples());
            details.put("reasoner_agreement", Agreement.of(engineResults, r.criteria()));
            Bench.log("reasoner baseline: %.0f ms (prepare %.0f, queries %.0f); agreement with the engine %s", ms,
                    r.prepareMs(), r.queryMs(), details.get("reasoner_agreement"));
        } catch (TimeoutException e) {
            reasoner.abort();
            future.cancel(true);
            results.put("reasoner_baseline_ms", null);
            details.put("reasoner_skipped", "stopped after " + size.reasonerBudgetS + " s (its budget); the ratio is at least "
                    + "the budget over Yifa's time");
            details.put("reasoner_budget_s", size.reasonerBudgetS);
            Bench.log("reasoner baseline: stopped after its budget of %d s", size.reasonerBudgetS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The reasoner baseline failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        details.put("baselines_peak_heap_mb", Bench.round(Bench.heapPeakMb(), 0));
        details.put("baselines_vmhwm_mb", Bench.round(Bench.vmHwmMb(), 0));
        Bench.log("baselines: heap peak %.0f MB (the city in memory %s MB), VmHWM %.0f MB", Bench.heapPeakMb(),
                details.get("city_in_memory_mb"), Bench.vmHwmMb());
    }

    private static double[] round(double[] values) {
        return java.util.Arrays.stream(values).map(v -> Bench.round(v, 1)).toArray();
    }
}
