package org.yifa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peaks of the process's resident memory, split as the kernel counts it: anonymous pages (the Java heap,
 * metaspace, code, thread stacks, native buffers: what the process itself holds) and file-backed pages (chiefly
 * TDB2's memory-mapped store files, which stay resident while mapped and which the kernel drops under memory
 * pressure). VmHWM has no such split, so {@code /proc/self/status} is sampled every {@link #EVERY_MS} ms.
 */
final class ResidentPeaks {

    static final long EVERY_MS = 200;

    private volatile long anonKb;
    private volatile long fileKb;

    /** Starts sampling, on a daemon thread, until the process ends. */
    static ResidentPeaks start() {
        ResidentPeaks peaks = new ResidentPeaks();
        Thread sampler = new Thread(() -> {
            while (true) {
                peaks.sample();
                try {
                    Thread.sleep(EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "resident-peaks");
        sampler.setDaemon(true);
        sampler.start();
        return peaks;
    }

    /** Forgets the peaks: they start from the present values. */
    synchronized void reset() {
        anonKb = 0;
        fileKb = 0;
        sample();
    }

    double anonMb() {
        sample();
        return anonKb / 1024.0;
    }

    double fileMb() {
        sample();
        return fileKb / 1024.0;
    }

    private synchronized void sample() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("RssAnon:")) {
                    anonKb = Math.max(anonKb, kb(line));
                } else if (line.startsWith("RssFile:")) {
                    fileKb = Math.max(fileKb, kb(line));
                }
            }
        } catch (IOException e) {
            // not Linux: no split; the figures stay 0
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("\\D+", ""));
    }
}
