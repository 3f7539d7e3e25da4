package org.yifa.trust;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz case on a daemon thread with a time limit, so that a case that hangs fails the
 * test instead of stalling the build. (A hung thread cannot be stopped; it is left behind as a daemon.)
 */
final class Bounded {

    /** What one case came to: its value, or what it threw, or that it ran out of time. */
    record Outcome<T>(T value, Throwable thrown, boolean timedOut, long nanos) {
    }

    private ExecutorService executor = newExecutor();

    <T> Outcome<T> run(Callable<T> task, Duration limit) {
        long start = System.nanoTime();
        Future<T> future = executor.submit(task);
        try {
            return new Outcome<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, false, System.nanoTime() - start);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), false, System.nanoTime() - start);
        } catch (TimeoutException e) {
            future.cancel(true);
            // The stuck thread keeps its executor; later cases get a fresh one.
            executor = newExecutor();
            return new Outcome<>(null, null, true, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }
}
