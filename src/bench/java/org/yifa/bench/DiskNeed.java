package org.yifa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks before a run that bench/work has the disk it will take, so that a province run does not fail
 * an hour in. Per unit of the generated city, as measured here (medium, a 2,500-unit trial and the province,
 * 2026-12-07): the N-Quads files 0.43 MB, Jena's bulk-loaded copy 0.9 MB, the service's store after a run
 * 3.2 MB (TDB2 written in transactions: 1.5 MB after Yifa's load of the province, 3.1 MB once the cold full
 * assessment had written its rounds a partition to a transaction; the rewrites of the rounds at the end run
 * only when the disk holds them), a remote Fuseki's store 14 MB (written through SPARQL Update in batches:
 * 12 GB after loading the medium city, then the rounds).
 * {@code -Dbench.disk.check=false} skips the check.
 */
final class DiskNeed {

    static final double CITY_MB = 0.43;
    static final double TDBLOADER_MB = 0.9;
    static final double STORE_MB = 3.2;
    static final double REMOTE_STORE_MB = 14;

    private DiskNeed() {
    }

    /**
     * MB the run needs at its peak: without {@code keep} the loader's copy is deleted before Yifa's load and the
     * city's files after it (the sizes without {@code keep} run no baseline that reads them).
     */
    static double mb(int units, boolean remote, boolean keep) {
        double store = remote ? REMOTE_STORE_MB : STORE_MB;
        return units * (keep ? CITY_MB + TDBLOADER_MB + store : Math.max(CITY_MB + TDBLOADER_MB, store));
    }

    static void check(Path work, int units, boolean remote, boolean keep) throws IOException {
        if (!Boolean.parseBoolean(System.getProperty("bench.disk.check", "true"))) {
            return;
        }
        double need = mb(units, remote, keep);
        double free = freeMb(work);
        if (need > free) {
            throw new IllegalStateException(String.format(Locale.ROOT, "This run needs about %,.0f MB of disk under %s "
                    + "(%d units × %.2f MB measured per unit: city files, Jena's loader copy, the store%s), and %,.0f MB "
                    + "are free. Free disk (other runs' bench/work/*), or pass -Dbench.disk.check=false to try anyway.",
                    need, work, units, need / units, keep ? "" : "; the first two deleted before they meet the store's peak", free));
        }
        Bench.log("disk: about %,.0f MB needed, %,.0f MB free", need, free);
    }

    /** MB free on the disk that holds {@code dir}. */
    static double freeMb(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() / 1048576.0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
