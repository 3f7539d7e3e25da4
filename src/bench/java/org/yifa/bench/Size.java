package org.yifa.bench;

import java.util.List;
import java.util.Locale;

/**
 * The cities the benchmark knows: units, years of evidence, how many units share one named graph (one
 * load transaction, so that no single transaction holds much more than 1M triples), the heap
 * {@code bench/run.sh} gives the run, and which baselines can run at that size.
 */
enum Size {

    SMALL(100, 5, 300, "2g", "mapped", true, null),
    MEDIUM(1_000, 3, 300, "6g", "mapped", true, null),
    // The generated cities have about 2,300 triples a unit (small, medium, a 2,500-unit trial); what the city
    // takes in memory and the baselines' heap peak are measured at small and medium (details.city_in_memory_mb,
    // baselines_peak_heap_mb) and scaled: bench/README.md, "Sizes and heaps". The two sizes with a memory target
    // run the store in TDB2's direct file mode, which keeps its index files out of the resident set.
    LARGE(5_000, 3, 600, "3g", "direct", false, "they hold the whole city in memory (about 11.5M triples), which does not "
            + "fit -Xmx3g beside the service"),
    PROVINCE(20_000, 3, 600, "6g", "direct", false, "they hold the whole city in memory (about 46M triples), which does not "
            + "fit -Xmx6g beside the service");

    static final long SEED = 20_260_101L;
    static final List<Integer> YEARS = List.of(2024, 2025);
    /** The year assessed: the last year with evidence. */
    static final int YEAR = 2025;
    static final int UNITS_PER_GRAPH = 1_000;

    /** Units in the city; {@code -Dbench.units} makes a trial run with fewer (see {@link #trial()}). */
    final int units;
    /** Runs of the warm full assessment (median reported). */
    final int warmRuns;
    /** Seconds the reasoner baseline may take before it is stopped (-Dbench.reasoner.budget overrides). */
    final long reasonerBudgetS;
    /** The -Xmx bench/run.sh gives this size (documentation here; the script sets it). */
    final String heap;
    /** The store's {@code yifa.store.tdb.file-mode}: mapped or direct ({@code -Dbench.file-mode} overrides). */
    final String fileMode;
    /** Whether the city files and the TDB2 loader's copy stay in bench/work after a run (-Dbench.keep overrides). */
    final boolean keep;
    /**
     * Why the baselines that read the whole city into memory (the SHACL twin, the reasoner) do not run at this
     * size, or null when they do. The scan floor reads the store and runs at every size.
     */
    final String inMemoryBaselinesSkipped;

    Size(int units, int warmRuns, long reasonerBudgetS, String heap, String fileMode, boolean keep,
            String skipped) {
        this.units = Integer.getInteger("bench.units", units);
        this.warmRuns = warmRuns;
        this.reasonerBudgetS = Long.getLong("bench.reasoner.budget", reasonerBudgetS);
        this.heap = heap;
        this.fileMode = System.getProperty("bench.file-mode", fileMode);
        this.keep = Boolean.parseBoolean(System.getProperty("bench.keep", String.valueOf(keep)));
        this.inMemoryBaselinesSkipped = skipped;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A trial run ({@code -Dbench.units=N}): fewer units than the size has, to check that a size works
     * without its hours; its results stay in bench/work and RESULTS.md is left as it is.
     */
    static boolean trial() {
        return Integer.getInteger("bench.units") != null;
    }

    static Size of(String arg) {
        try {
            return valueOf(arg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("size must be small, medium, large or province, not " + arg);
        }
    }
}
