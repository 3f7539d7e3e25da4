package org.yifa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the figures: {@code bench/results-{label}.json} (and {@code bench/results.json} for an embedded
 * medium run), then {@code bench/RESULTS.md} and {@code bench/plot.svg} from every results file there is.
 * A trial run ({@code -Dbench.units}) writes its results file into its work directory and nothing else.
 */
final class Report {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The figures, in the order of the tables: key (under {@code details.} for the supporting ones), label, unit. */
    static final List<String[]> FIGURES = List.of(
            new String[] {"triples", "triples in the city", ""},
            new String[] {"load_triples_per_s", "load through Yifa's write path", "triples/s"},
            new String[] {"tdbloader_triples_per_s", "load by Jena's TDB2 basic loader", "triples/s"},
            new String[] {"full_assessment_cold_ms", "full assessment, cold (first after the load)", "ms"},
            new String[] {"full_assessment_ms", "full assessment, warm (median)", "ms"},
            new String[] {"details.full_assessment_cpu_ms", "↳ the same, CPU time of the assessing thread", "ms"},
            new String[] {"unit_assessment_p50_ms", "one unit, GET …/assessment, p50", "ms"},
            new String[] {"unit_assessment_p99_ms", "one unit, GET …/assessment, p99", "ms"},
            new String[] {"details.unit_assessment_process_cpu_per_request_ms", "↳ CPU time per request (server and client)", "ms"},
            new String[] {"details.engine_unit_assessment_p99_ms", "↳ one unit in the engine, no HTTP, p99", "ms"},
            new String[] {"explain_p50_ms", "one explanation, GET …/explain, p50", "ms"},
            new String[] {"explain_p99_ms", "one explanation, GET …/explain, p99", "ms"},
            new String[] {"details.explain_process_cpu_per_request_ms", "↳ CPU time per request (server and client)", "ms"},
            new String[] {"details.engine_explain_p99_ms", "↳ one explanation without HTTP, p99", "ms"},
            new String[] {"gaps_ms", "GET /api/gaps (first: the city assessed)", "ms"},
            new String[] {"details.gaps_kept_ms", "↳ again, from the gaps the service kept (median of 5)", "ms"},
            new String[] {"reassess_ms", "upload to fresh result (median)", "ms"},
            new String[] {"details.reassess_cpu_ms", "↳ the same, CPU time of the uploading thread", "ms"},
            new String[] {"sparql_qps", "/sparql, 16 clients", "queries/s"},
            new String[] {"sparql_errors", "/sparql errors", ""},
            new String[] {"fuseki_qps", "the store's own Fuseki endpoint, same queries and clients", "queries/s"},
            new String[] {"fuseki_errors", "Fuseki endpoint errors", ""},
            new String[] {"sparql_overhead_pct", "/sparql overhead (time per query over Fuseki's)", "%"},
            new String[] {"peak_heap_mb", "heap peak (sum of pool peaks)", "MB"},
            new String[] {"vmhwm_mb", "peak resident set (VmHWM)", "MB"},
            new String[] {"rss_anon_peak_mb", "↳ anonymous part (heap, native), peak after the load", "MB"},
            new String[] {"details.rss_file_peak_mb", "↳ file-backed part (mapped store files), peak after the load", "MB"},
            new String[] {"details.store_vmhwm_mb", "↳ the remote store's process, peak resident set", "MB"},
            new String[] {"scan_floor_ms", "baseline (c): scan of all evidence", "ms"},
            new String[] {"details.scan_floor_cpu_ms", "↳ the same, CPU time", "ms"},
            new String[] {"shacl_baseline_ms", "baseline (a): SHACL twin", "ms"},
            new String[] {"reasoner_baseline_ms", "baseline (b): OWL Micro + SPARQL", "ms"});

    private Report() {
    }

    static void write(Path bench, Path work, String label, Map<String, Object> results, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(results);
        all.put("details", details);
        if (Size.trial()) {
            JSON.writeValue(work.resolve("results.json").toFile(), all);
            Bench.log("trial run (bench.units): wrote %s only", work.resolve("results.json"));
            return;
        }
        JSON.writeValue(bench.resolve("results-" + label + ".json").toFile(), all);
        if (label.equals("medium")) {
            JSON.writeValue(bench.resolve("results.json").toFile(), all);
        }
        rewrite(bench);
        Bench.log("wrote bench/results-%s.json, bench/RESULTS.md and bench/plot.svg", label);
    }

    /** A run that failed: what it measured, to {@code work}/results-failed.json only. */
    static void writeFailed(Path work, Map<String, Object> results, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(results);
        all.put("details", details);
        Path file = work.resolve("results-failed.json");
        try {
            JSON.writeValue(file.toFile(), all);
            Bench.log("the run failed: what it measured is in %s (RESULTS.md is left as it is)", file);
        } catch (RuntimeException e) {
            Bench.log("the run failed, and its figures could not be written to %s: %s", file, e);
        }
    }

    /** Writes RESULTS.md and plot.svg again from the results files there are. */
    static void rewrite(Path bench) {
        List<Map<String, Object>> runs = runs(bench);
        write(bench.resolve("RESULTS.md"), markdown(runs));
        write(bench.resolve("plot.svg"), Plot.svg(runs));
    }

    /** Every {@code results-*.json}, smallest city first, a remote run after the embedded one of its size. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> runs(Path bench) {
        try (Stream<Path> files = Files.list(bench)) {
            List<Map<String, Object>> runs = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("results-[\\w-]+\\.json")).toList()) {
                runs.add(JSON.readValue(f.toFile(), Map.class));
            }
            runs.sort(Comparator.<Map<String, Object>>comparingDouble(r -> number(r, "units")).thenComparing(Report::remote));
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(List<Map<String, Object>> runs) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `bench/run.sh` (see `bench/README.md` for what each figure means). One run per size and ")
                .append("store; the machine is shared, so figures move by ±20 % or more from run to run. A figure a run ")
                .append("cannot measure says why; — is a figure the run's code did not have yet.\n\n");
        md.append("## Machines\n\n| run | date | cores | memory | JVM | heap (-Xmx) | OS | load average, start → end | store |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : runs) {
            Map<String, Object> m = map(r, "machine");
            md.append("| ").append(label(r)).append(" | ").append(m.get("date")).append(" | ").append(m.get("cores"))
                    .append(" (").append(m.get("cpu")).append(") | ").append(m.get("memory_mb")).append(" MB | ")
                    .append(m.get("jvm")).append(" | ").append(m.get("max_heap_mb")).append(" MB | ").append(m.get("os"))
                    .append(" | ").append(format(number(m, "load_average_at_start"))).append(" → ")
                    .append(format(number(m, "load_average_at_end"))).append(" | ").append(store(r)).append(" |\n");
        }
        List<String> missing = new java.util.ArrayList<>();
        for (Size size : Size.values()) {
            missing.add(size.label());
        }
        missing.add("medium-remote");
        runs.forEach(r -> missing.remove(label(r)));
        if (!missing.isEmpty()) {
            md.append("\nNo results yet for: ").append(String.join(", ", missing.stream()
                    .map(l -> l + " (`bench/run.sh " + l.replace("-remote", " --remote") + "`)").toList())).append(".\n");
        }
        md.append("\n## Figures\n\n| figure | unit |");
        runs.forEach(r -> md.append(' ').append(heading(r)).append(" |"));
        md.append("\n|---|---|").append("---:|".repeat(runs.size())).append('\n');
        for (String[] f : FIGURES) {
            md.append("| ").append(f[1]).append(" | ").append(f[2]).append(" |");
            for (Map<String, Object> r : runs) {
                double v = value(r, f[0]);
                md.append(' ').append(Double.isNaN(v) ? skipped(r, f[0]) : format(v)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Ratios\n\n| ratio | meaning |");
        runs.forEach(r -> md.append(' ').append(label(r)).append(" |"));
        md.append("\n|---|---|").append("---:|".repeat(runs.size())).append('\n');
        ratioRow(md, runs, "SHACL twin ÷ Yifa", "times faster than baseline (a)", "shacl_baseline_ms", "full_assessment_ms");
        ratioRow(md, runs, "reasoner ÷ Yifa", "times faster than baseline (b)", "reasoner_baseline_ms", "full_assessment_ms");
        ratioRow(md, runs, "Yifa ÷ scan floor", "times the floor (c)", "full_assessment_ms", "scan_floor_ms");
        ratioRow(md, runs, "the same in CPU time", "times the floor (c), CPU time", "details.full_assessment_cpu_ms",
                "details.scan_floor_cpu_ms");
        ratioRow(md, runs, "Yifa load ÷ TDB2 loader", "share of the bulk loader's rate", "load_triples_per_s", "tdbloader_triples_per_s");
        md.append("\n## Agreement of the baselines with the engine\n\nCriterion statuses (every unit × every criterion) ")
                .append("that a baseline gives as the engine does.\n\n| run | SHACL twin | reasoner |\n|---|---|---|\n");
        for (Map<String, Object> r : runs) {
            Map<String, Object> d = map(r, "details");
            md.append("| ").append(label(r)).append(" | ").append(agreement(r, "shacl_baseline_ms", d.get("shacl_agreement")))
                    .append(" | ").append(d.containsKey("reasoner_skipped") ? "not run to the end"
                            : agreement(r, "reasoner_baseline_ms", d.get("reasoner_agreement"))).append(" |\n");
        }
        SparqlSection.append(md, runs);
        md.append("\n## Targets (this machine)\n\n| run | target | measured | met | supporting figure |\n|---|---|---|---|---|\n");
        for (Target t : Target.ALL) {
            Map<String, Object> run = runs.stream().filter(r -> t.run().equals(label(r))).findFirst().orElse(null);
            Double value = run == null ? null : t.value(run);
            md.append("| ").append(t.run()).append(" | ").append(t.text()).append(" | ")
                    .append(value == null ? "—" : t.show(value)).append(" | ")
                    .append(run == null ? "no run yet" : value == null ? "not measured" : t.met(value) ? "yes" : "**no**")
                    .append(" | ").append(run == null ? "" : t.note(run)).append(" |\n");
        }
        md.append("\nWhy the misses are misses, and what was fixed on the way: `bench/README.md`.\n");
        md.append("\nDetails (per-query SPARQL latencies, the engine without HTTP, each warm run, memory of the baselines) ")
                .append("are in `bench/results-{run}.json` under `details`.\n");
        return md.toString();
    }

    /** The run's name: its size, and "-remote" for a run on a remote store. */
    static String label(Map<String, Object> run) {
        Object label = run.get("label");
        return label != null ? label.toString() : String.valueOf(run.get("size"));
    }

    static boolean remote(Map<String, Object> run) {
        return "remote".equals(run.get("store"));
    }

    private static String heading(Map<String, Object> run) {
        return run.get("size") + (remote(run) ? ", remote Fuseki" : "") + " (" + format(number(run, "units")) + " units)";
    }

    private static String store(Map<String, Object> run) {
        Map<String, Object> remoteStore = map(map(run, "details"), "remote_store");
        Object fileMode = map(run, "details").get("store_file_mode");
        return remoteStore.isEmpty() ? "embedded TDB2" + (fileMode == null ? "" : ", " + fileMode + " file mode")
                : remoteStore.get("server") + ", separate process, -Xmx"
                + remoteStore.get("heap") + ", remote-timeout " + remoteStore.get("remote_timeout")
                + (remoteStore.containsKey("rounds_per_write") ? ", rounds-per-write " + remoteStore.get("rounds_per_write") : "");
    }

    private static void ratioRow(StringBuilder md, List<Map<String, Object>> runs, String name, String meaning, String a, String b) {
        md.append("| ").append(name).append(" | ").append(meaning).append(" |");
        for (Map<String, Object> r : runs) {
            double x = value(r, a);
            double y = value(r, b);
            if (Double.isNaN(x) && a.equals("reasoner_baseline_ms") && map(r, "details").containsKey("reasoner_budget_s")) {
                md.append(" > ").append(format(number(map(r, "details"), "reasoner_budget_s") * 1000 / y)).append(" |");
            } else {
                md.append(' ').append(Double.isNaN(x) || Double.isNaN(y) ? notRunOr(r, a, b) : format(x / y)).append(" |");
            }
        }
        md.append('\n');
    }

    /** "not run" when either figure was not run on purpose, else —. */
    private static String notRunOr(Map<String, Object> run, String a, String b) {
        Map<String, Object> notRun = map(map(run, "details"), "not_run");
        return notRun.containsKey(a) || notRun.containsKey(b) ? "not run" : "—";
    }

    /** A figure of a run: a top-level key, or {@code details.key}; NaN when absent. */
    static double value(Map<String, Object> run, String key) {
        for (String part : new String[] {"details", "machine"}) {
            if (key.startsWith(part + ".")) {
                return number(map(run, part), key.substring(part.length() + 1));
            }
        }
        return number(run, key);
    }

    private static String agreement(Map<String, Object> run, String key, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return notRunOr(run, key, key);
        }
        double compared = ((Number) m.get("criterion_statuses_compared")).doubleValue();
        double agree = ((Number) m.get("agree")).doubleValue();
        return format(agree) + " of " + format(compared) + (compared == agree ? " (all)" : String.format(Locale.ROOT, " (%.2f %%)", 100 * agree / compared));
    }

    private static String skipped(Map<String, Object> r, String key) {
        if (key.equals("reasoner_baseline_ms") && map(r, "details").containsKey("reasoner_skipped")) {
            return "> " + format(number(map(r, "details"), "reasoner_budget_s") * 1000) + " (stopped)";
        }
        Object why = map(map(r, "details"), "not_run").get(key);
        return why == null ? "—" : "not run (" + why + ")";
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double number(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
