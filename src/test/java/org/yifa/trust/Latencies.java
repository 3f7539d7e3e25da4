package org.yifa.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response times by kind of request, each marked as taken while an upload ran or while none did;
 * summarised as count, p50, p99 and maximum overall, and p99 with and without an upload under way.
 */
final class Latencies {

    /** A response time, whether an upload ran meanwhile, and when the request started (ns after this object was made). */
    private record Sample(long nanos, boolean duringUpload, long startedAt) {
    }

    private final long origin = System.nanoTime();

    /** One kind's figures, in milliseconds; a p99 is NaN when no request of that side was made. */
    record Figures(String kind, int count, double p50, double p99, double max, int quietCount, double quietP99,
                   int duringCount, double duringP99) {

        /** How much slower the slowest reads are while an upload runs than while none does. */
        double ratio() {
            return duringP99 / quietP99;
        }
    }

    private final Map<String, List<Sample>> samples = new TreeMap<>();

    /** A request of a run without uploads. */
    synchronized void add(String kind, long nanos) {
        add(kind, nanos, false);
    }

    synchronized void add(String kind, long nanos, boolean duringUpload) {
        samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Sample(nanos, duringUpload, System.nanoTime() - nanos - origin));
    }

    synchronized int count() {
        return samples.values().stream().mapToInt(List::size).sum();
    }

    synchronized List<Figures> figures() {
        List<Figures> all = new ArrayList<>();
        samples.forEach((kind, list) -> all.add(figures(kind, list)));
        return all;
    }

    synchronized String summary() {
        List<String> lines = new ArrayList<>();
        for (Figures f : figures()) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%s: %d requests, p50 %.0f ms, p99 %.0f ms, max %.0f ms", f.kind(), f.count(), f.p50(),
                    f.p99(), f.max()));
            if (f.duringCount() > 0) {
                sb.append(String.format("; p99 without an upload %.0f ms (%d requests), while one runs %.0f ms (%d), ratio %.2f",
                        f.quietP99(), f.quietCount(), f.duringP99(), f.duringCount(), f.ratio()));
            }
            // When the slowest ones started: a cluster at the start is warm-up, a spread means waits under load.
            sb.append("; slowest: ").append(String.join(", ", samples.get(f.kind()).stream()
                    .sorted(java.util.Comparator.comparingLong(Sample::nanos).reversed()).limit(5)
                    .map(x -> String.format("%.0f ms at %.1f s%s", x.nanos() / 1e6, x.startedAt() / 1e9, x.duringUpload() ? " (upload)" : ""))
                    .toList()));
            lines.add(sb.toString());
        }
        return String.join("; ", lines);
    }

    private static Figures figures(String kind, List<Sample> list) {
        List<Long> all = sorted(list, null);
        List<Long> quiet = sorted(list, false);
        List<Long> during = sorted(list, true);
        return new Figures(kind, all.size(), percentile(all, 50), percentile(all, 99), all.get(all.size() - 1) / 1e6,
                quiet.size(), percentile(quiet, 99), during.size(), percentile(during, 99));
    }

    private static List<Long> sorted(List<Sample> list, Boolean duringUpload) {
        return list.stream().filter(s -> duringUpload == null || s.duringUpload() == duringUpload)
                .map(Sample::nanos).sorted().toList();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
