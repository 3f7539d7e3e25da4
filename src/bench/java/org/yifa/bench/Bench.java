package org.yifa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Small helpers: timing, percentiles, memory, files, progress lines. */
final class Bench {

    private static final long T0 = System.nanoTime();

    private Bench() {
    }

    static void log(String format, Object... args) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, String.format(format, args));
        System.out.flush();
    }

    /** Milliseconds {@code work} took, with fractions. */
    static double ms(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Runs {@code work}, timing it in wall time and in the calling thread's CPU time. */
    static <T> Timed<T> timed(Supplier<T> work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A result with the wall time and the calling thread's CPU time it took, in ms. */
    record Timed<T>(T value, double ms, double cpuMs) {
    }

    /** The p-th percentile (nearest rank) of the samples. */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** Forgets the heap pools' peaks and the process's peak resident set, so that peaks start from now. */
    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // 5 resets VmHWM to the current RSS (Linux 4.0 and later).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            log("cannot reset VmHWM (%s): it covers the whole process", e.getMessage());
        }
    }

    /** Sum of the peak usage of the heap pools since the last reset, in MB (an upper bound of the heap's peak). */
    static double heapPeakMb() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
    }

    /** Peak resident set size of the process (VmHWM), in MB. */
    static double vmHwmMb() {
        return vmHwmMb(Path.of("/proc/self/status"));
    }

    /** Peak resident set size (VmHWM) of the process whose {@code /proc/…/status} this is, in MB. */
    static double vmHwmMb(Path status) {
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.replaceAll("\\D+", "")).mapToLong(Long::parseLong).findFirst().orElse(0) / 1024.0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /** The heap in use after a full collection, in MB. */
    static double usedHeapAfterGcMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }

    /** MB of the files under {@code dir} (0 when it does not exist). */
    static double treeMb(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return sizeOf(paths.filter(Files::isRegularFile).toList()) / 1048576.0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + dir, e);
        }
    }

    static long sizeOf(List<Path> files) {
        return files.stream().mapToLong(f -> {
            try {
                return Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }
}
