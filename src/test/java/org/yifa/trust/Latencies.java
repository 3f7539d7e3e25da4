package org.yifa.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Response times by kind of request, summarised as count, p50, p99 and maximum. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new TreeMap<>();

    synchronized void add(String kind, long nanos) {
        this.nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    }

    synchronized int count() {
        return nanos.values().stream().mapToInt(List::size).sum();
    }

    synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        List<Long> all = new ArrayList<>();
        nanos.forEach((kind, list) -> {
            all.addAll(list);
            sb.append(line(kind, list)).append("; ");
        });
        return sb.append(line("all", all)).toString();
    }

    private static String line(String kind, List<Long> list) {
        if (list.isEmpty()) {
            return kind + ": none";
        }
        List<Long> sorted = new ArrayList<>(list);
        sorted.sort(null);
        return String.format("%s: %d requests, p50 %.0f ms, p99 %.0f ms, max %.0f ms", kind, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
