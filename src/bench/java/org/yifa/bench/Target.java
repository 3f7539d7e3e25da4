package org.yifa.bench;

import java.util.List;
import java.util.Map;

/**
 * A target of the issues for one run (its label: size, "-remote"), with how to read it off the run's figures
 * ({@code key}, over {@code over} when a ratio) and a supporting figure for the note.
 */
record Target(String run, String text, String key, String over, double limit, boolean atMost, String unit,
              String noteKey, String note) {

    static final List<Target> ALL = List.of(
            new Target("medium", "full assessment ≤ 1 s", "full_assessment_ms", null, 1000, true, "ms",
                    "details.full_assessment_cpu_ms", "CPU time %s ms"),
            new Target("medium", "full assessment within 5× the scan floor", "full_assessment_ms", "scan_floor_ms", 5, true,
                    "×", null, null),
            new Target("medium", "one unit ≤ 20 ms p99 (over HTTP)", "unit_assessment_p99_ms", null, 20, true, "ms",
                    "details.unit_assessment_process_cpu_per_request_ms", "CPU time per request %s ms"),
            new Target("medium", "one unit ≤ 20 ms p99 (the engine, no HTTP)", "details.engine_unit_assessment_p99_ms", null,
                    20, true, "ms", null, null),
            new Target("medium", "explain ≤ 10 ms p99 (over HTTP)", "explain_p99_ms", null, 10, true, "ms",
                    "details.explain_process_cpu_per_request_ms", "CPU time per request %s ms"),
            new Target("medium", "explain ≤ 10 ms p99 (no HTTP)", "details.engine_explain_p99_ms", null, 10, true, "ms",
                    null, null),
            new Target("medium", "re-assessment after an upload ≤ 50 ms", "reassess_ms", null, 50, true, "ms",
                    "details.reassess_cpu_ms", "CPU time %s ms"),
            new Target("medium", "≥ 5× faster than the SHACL baseline (a)", "shacl_baseline_ms", "full_assessment_ms", 5,
                    false, "×", null, null),
            new Target("medium", "load ≥ 80 % of the TDB2 loader's rate", "load_triples_per_s", "tdbloader_triples_per_s",
                    0.8, false, "×", null, null),
            new Target("medium", "/sparql ≤ 10 % slower than the embedded Fuseki endpoint (same queries, clients, time)",
                    "sparql_overhead_pct", null, 10, true, "%", "fuseki_qps", "Fuseki %s queries/s"),
            new Target("large", "run with -Xmx3g", "machine.max_heap_mb", null, 3072, true, "MB", null, null),
            new Target("large", "peak resident set ≤ 4 GB", "vmhwm_mb", null, 4096, true, "MB", "rss_anon_peak_mb",
                    "anonymous part after the load %s MB (the rest: mapped store files)"),
            new Target("large", "full assessment, cold ≤ 30 s", "full_assessment_cold_ms", null, 30_000, true, "ms",
                    "details.full_assessment_cold_cpu_ms", "CPU time %s ms"),
            new Target("large", "full assessment, warm ≤ 1.2× the scan floor", "full_assessment_ms", "scan_floor_ms", 1.2,
                    true, "×", null, null),
            new Target("province", "completes with -Xmx6g", "machine.max_heap_mb", null, 6144, true, "MB", "vmhwm_mb",
                    "peak resident set %s MB"));

    /** The measured value, or null when the run lacks a figure it needs. */
    Double value(Map<String, Object> run) {
        double a = Report.value(run, key);
        double b = over == null ? 1 : Report.value(run, over);
        return Double.isNaN(a) || Double.isNaN(b) ? null : a / b;
    }

    boolean met(double value) {
        return atMost ? value <= limit : value >= limit;
    }

    String show(double value) {
        return Report.format(value) + " " + unit;
    }

    String note(Map<String, Object> run) {
        if (noteKey == null) {
            return "";
        }
        double v = Report.value(run, noteKey);
        return Double.isNaN(v) ? "" : String.format(note, Report.format(v));
    }
}
