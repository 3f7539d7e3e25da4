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
 * Writes the figures: {@code bench/results-{size}.json} (and {@code bench/results.json} for a medium
 * run), then {@code bench/RESULTS.md} and {@code bench/plot.svg} from every results file there is.
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
            new String[] {"gaps_ms", "GET /api/gaps (median)", "ms"},
            new String[] {"reassess_ms", "upload to fresh result (median)", "ms"},
            new String[] {"details.reassess_cpu_ms", "↳ the same, CPU time of the uploading thread", "ms"},
            new String[] {"sparql_qps", "/sparql, 16 clients", "queries/s"},
            new String[] {"sparql_errors", "/sparql errors", ""},
            new String[] {"peak_heap_mb", "heap peak (sum of pool peaks)", "MB"},
            new String[] {"vmhwm_mb", "peak resident set (VmHWM)", "MB"},
            new String[] {"scan_floor_ms", "baseline (c): scan of all evidence", "ms"},
            new String[] {"details.scan_floor_cpu_ms", "↳ the same, CPU time", "ms"},
            new String[] {"shacl_baseline_ms", "baseline (a): SHACL twin", "ms"},
            new String[] {"reasoner_baseline_ms", "baseline (b): OWL Micro + SPARQL", "ms"});

    private Report() {
    }

    static void write(Path bench, Size size, Map<String, Object> results, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(results);
        all.put("details", details);
        JSON.writeValue(bench.resolve("results-" + size.label() + ".json").toFile(), all);
        if (size == Size.MEDIUM) {
            JSON.writeValue(bench.resolve("results.json").toFile(), all);
        }
        rewrite(bench);
    }

    /** Writes RESULTS.md and plot.svg again from the results files there are. */
    static void rewrite(Path bench) {
        List<Map<String, Object>> runs = runs(bench);
        write(bench.resolve("RESULTS.md"), markdown(runs));
        write(bench.resolve("plot.svg"), Plot.svg(runs));
    }

    /** Every {@code results-*.json}, smallest city first. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> runs(Path bench) {
        try (Stream<Path> files = Files.list(bench)) {
            List<Map<String, Object>> runs = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("results-\\w+\\.json")).toList()) {
                runs.add(JSON.readValue(f.toFile(), Map.class));
            }
            runs.sort(Comparator.comparingDouble(r -> number(r, "units")));
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(List<Map<String, Object>> runs) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `bench/run.sh` (see `bench/README.md` for what each figure means). One run per size; ")
                .append("the machine is shared, so figures move by ±20 % or more from run to run.\n\n");
        md.append("## Machines\n\n| size | date | cores | memory | JVM | heap (-Xmx) | OS | load average, start → end |\n|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : runs) {
            Map<String, Object> m = map(r, "machine");
            md.append("| ").append(r.get("size")).append(" | ").append(m.get("date")).append(" | ").append(m.get("cores"))
                    .append(" (").append(m.get("cpu")).append(") | ").append(m.get("memory_mb")).append(" MB | ")
                    .append(m.get("jvm")).append(" | ").append(m.get("max_heap_mb")).append(" MB | ").append(m.get("os"))
                    .append(" | ").append(format(number(m, "load_average_at_start"))).append(" → ")
                    .append(format(number(m, "load_average_at_end"))).append(" |\n");
        }
        md.append("\n## Figures\n\n| figure | unit |");
        runs.forEach(r -> md.append(' ').append(r.get("size")).append(" (").append(format(number(r, "units"))).append(" units) |"));
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
        runs.forEach(r -> md.append(' ').append(r.get("size")).append(" |"));
        md.append("\n|---|---|").append("---:|".repeat(runs.size())).append('\n');
        ratioRow(md, runs, "SHACL twin ÷ Yifa", "times faster than baseline (a)", "shacl_baseline_ms", "full_assessment_ms");
        ratioRow(md, runs, "reasoner ÷ Yifa", "times faster than baseline (b)", "reasoner_baseline_ms", "full_assessment_ms");
        ratioRow(md, runs, "Yifa ÷ scan floor", "times the floor (c)", "full_assessment_ms", "scan_floor_ms");
        ratioRow(md, runs, "the same in CPU time", "times the floor (c), CPU time", "details.full_assessment_cpu_ms",
                "details.scan_floor_cpu_ms");
        ratioRow(md, runs, "Yifa load ÷ TDB2 loader", "share of the bulk loader's rate", "load_triples_per_s", "tdbloader_triples_per_s");
        md.append("\n## Agreement of the baselines with the engine\n\nCriterion statuses (every unit × every criterion) ")
                .append("that a baseline gives as the engine does.\n\n| size | SHACL twin | reasoner |\n|---|---|---|\n");
        for (Map<String, Object> r : runs) {
            Map<String, Object> d = map(r, "details");
            md.append("| ").append(r.get("size")).append(" | ").append(agreement(d.get("shacl_agreement"))).append(" | ")
                    .append(d.containsKey("reasoner_skipped") ? "not run to the end" : agreement(d.get("reasoner_agreement")))
                    .append(" |\n");
        }
        md.append("\n## Targets (medium city, this machine)\n\n");
        Map<String, Object> medium = runs.stream().filter(r -> "medium".equals(r.get("size"))).findFirst().orElse(null);
        if (medium == null) {
            md.append("No medium run yet.\n");
        } else {
            md.append("| target | measured | met | supporting figure |\n|---|---|---|---|\n");
            for (Target t : Target.all()) {
                Double value = t.value(medium);
                md.append("| ").append(t.text()).append(" | ").append(value == null ? "—" : t.show(value)).append(" | ")
                        .append(value == null ? "not measured" : t.met(value) ? "yes" : "**no**").append(" | ")
                        .append(t.note(medium)).append(" |\n");
            }
            md.append("\nWhy the misses are misses, and what was fixed on the way: `bench/README.md`.\n");
        }
        md.append("\nDetails (per-query SPARQL latencies, the engine without HTTP, each warm run) are in `bench/results-{size}.json` under `details`.\n");
        return md.toString();
    }

    private static void ratioRow(StringBuilder md, List<Map<String, Object>> runs, String name, String meaning, String a, String b) {
        md.append("| ").append(name).append(" | ").append(meaning).append(" |");
        for (Map<String, Object> r : runs) {
            double x = value(r, a);
            double y = value(r, b);
            if (Double.isNaN(x) && a.equals("reasoner_baseline_ms") && map(r, "details").containsKey("reasoner_budget_s")) {
                md.append(" > ").append(format(number(map(r, "details"), "reasoner_budget_s") * 1000 / y)).append(" |");
            } else {
                md.append(' ').append(Double.isNaN(x) || Double.isNaN(y) ? "—" : format(x / y)).append(" |");
            }
        }
        md.append('\n');
    }

    /** A figure of a run: a top-level key, or {@code details.key}; NaN when absent. */
    static double value(Map<String, Object> run, String key) {
        return key.startsWith("details.") ? number(map(run, "details"), key.substring("details.".length())) : number(run, key);
    }

    private static String agreement(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return "—";
        }
        double compared = ((Number) m.get("criterion_statuses_compared")).doubleValue();
        double agree = ((Number) m.get("agree")).doubleValue();
        return format(agree) + " of " + format(compared) + (compared == agree ? " (all)" : String.format(Locale.ROOT, " (%.2f %%)", 100 * agree / compared));
    }

    private static String skipped(Map<String, Object> r, String key) {
        return key.equals("reasoner_baseline_ms") && map(r, "details").containsKey("reasoner_skipped")
                ? "> " + format(number(map(r, "details"), "reasoner_budget_s") * 1000) + " (stopped)" : "—";
    }

    /** A target of the issue, with how to read it off a run, and a supporting figure. */
    record Target(String text, String key, String over, double limit, boolean atMost, String unit, String noteKey,
                  String note) {

        static List<Target> all() {
            return List.of(
                    new Target("full assessment ≤ 1 s", "full_assessment_ms", null, 1000, true, "ms",
                            "details.full_assessment_cpu_ms", "CPU time %s ms"),
                    new Target("full assessment within 5× the scan floor", "full_assessment_ms", "scan_floor_ms", 5, true, "×",
                            null, null),
                    new Target("one unit ≤ 20 ms p99 (over HTTP)", "unit_assessment_p99_ms", null, 20, true, "ms",
                            "details.unit_assessment_process_cpu_per_request_ms", "CPU time per request %s ms"),
                    new Target("one unit ≤ 20 ms p99 (the engine, no HTTP)", "details.engine_unit_assessment_p99_ms", null, 20,
                            true, "ms", null, null),
                    new Target("explain ≤ 10 ms p99 (over HTTP)", "explain_p99_ms", null, 10, true, "ms",
                            "details.explain_process_cpu_per_request_ms", "CPU time per request %s ms"),
                    new Target("explain ≤ 10 ms p99 (no HTTP)", "details.engine_explain_p99_ms", null, 10, true, "ms",
                            null, null),
                    new Target("re-assessment after an upload ≤ 50 ms", "reassess_ms", null, 50, true, "ms",
                            "details.reassess_cpu_ms", "CPU time %s ms"),
                    new Target("≥ 5× faster than the SHACL baseline (a)", "shacl_baseline_ms", "full_assessment_ms", 5, false, "×",
                            null, null),
                    new Target("load ≥ 80 % of the TDB2 loader's rate", "load_triples_per_s", "tdbloader_triples_per_s", 0.8, false,
                            "×", null, null));
        }

        Double value(Map<String, Object> run) {
            double a = Report.value(run, key);
            double b = over == null ? 1 : Report.value(run, over);
            return Double.isNaN(a) || Double.isNaN(b) ? null : a / b;
        }

        boolean met(double value) {
            return atMost ? value <= limit : value >= limit;
        }

        String show(double value) {
            return format(value) + " " + unit;
        }

        String note(Map<String, Object> run) {
            if (noteKey == null) {
                return "";
            }
            double v = Report.value(run, noteKey);
            return Double.isNaN(v) ? "" : String.format(note, format(v));
        }
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
