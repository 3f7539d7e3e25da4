package org.yifa.bench;

import java.util.List;
import java.util.Locale;

/**
 * The three cities the benchmark knows: units, years of evidence, and how many units share one
 * named graph (one load transaction), so that no single transaction holds much more than 1M triples.
 */
enum Size {

    SMALL(100, 5, 3, 300),
    MEDIUM(1_000, 3, 2, 300),
    LARGE(5_000, 3, 1, 600);

    static final long SEED = 20_260_101L;
    static final List<Integer> YEARS = List.of(2024, 2025);
    /** The year assessed: the last year with evidence. */
    static final int YEAR = 2025;
    static final int UNITS_PER_GRAPH = 1_000;

    final int units;
    /** Runs of the warm full assessment (median reported). */
    final int warmRuns;
    /** Runs of /api/gaps (median reported). */
    final int gapsRuns;
    /** Seconds the reasoner baseline may take before it is stopped (-Dbench.reasoner.budget overrides). */
    final long reasonerBudgetS;

    Size(int units, int warmRuns, int gapsRuns, long reasonerBudgetS) {
        this.units = units;
        this.warmRuns = warmRuns;
        this.gapsRuns = gapsRuns;
        this.reasonerBudgetS = Long.getLong("bench.reasoner.budget", reasonerBudgetS);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Size of(String arg) {
        try {
            return valueOf(arg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("size must be small, medium or large, not " + arg);
        }
    }
}
