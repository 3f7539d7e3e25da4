package org.yifa.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One property-based run: {@code cases} seeded cases (or fewer when the time budget is spent), each
 * run with a time limit. A case is classified by the test; an unexpected outcome is a failure, kept
 * with its seed and input under {@code target/trust/failures/} so it can be replayed.
 *
 * <p>By default each run draws the same cases (a base seed of its own per run name), so that a red
 * build is a regression, not a new find; {@code -Dtrust.seed=random} draws new cases to explore,
 * {@code -Dtrust.seed=…} repeats a given base seed, {@code -Dtrust.fuzz.scale=…} multiplies the number of cases.
 */
final class Fuzz {

    private final String name;
    private final long seed;
    private final int cases;
    private final Duration budget;
    private final Duration perCase;
    private final Bounded bounded = new Bounded();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long slowest;
    private long total;
    private int run;

    Fuzz(String name, int cases, Duration budget, Duration perCase) {
        this.name = name;
        this.seed = seed(name);
        this.cases = (int) Math.max(1, cases * Double.parseDouble(System.getProperty("trust.fuzz.scale", "1")));
        this.budget = budget;
        this.perCase = perCase;
    }

    private static long seed(String name) {
        String given = System.getProperty("trust.seed", "");
        if (given.equals("random")) {
            return System.nanoTime();
        }
        return given.isEmpty() ? 20_261_128L * 1_000 + Math.abs(name.hashCode() % 1_000) : Long.parseLong(given);
    }

    /**
     * Runs the cases: {@code make} draws an input from the case's random source, {@code task} does
     * the work on it, {@code save} renders the input for keeping if the case fails. {@code classify} names an outcome (e.g. "parsed", "rejected") or returns
     * null for one that breaks the property; a time-out always breaks it.
     */
    <I, T> void run(Function<Random, I> make, Function<I, java.util.concurrent.Callable<T>> task,
            java.util.function.BiFunction<I, Bounded.Outcome<T>, String> classify, Function<I, byte[]> save) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < cases && System.nanoTime() < deadline && failures.size() < 10; i++) {
            long caseSeed = seed + i;
            I input = make.apply(new Random(caseSeed));
            Bounded.Outcome<T> outcome = bounded.run(task.apply(input), perCase);
            run++;
            slowest = Math.max(slowest, outcome.nanos());
            total += outcome.nanos();
            String kind = outcome.timedOut() ? null : classify.apply(input, outcome);
            if (kind == null) {
                String what = outcome.timedOut() ? "no answer within " + perCase
                        : outcome.thrown() != null ? stackTop(outcome.thrown()) : "unexpected result " + outcome.value();
                failures.add("case seed " + caseSeed + ": " + what + " (input: " + keep(caseSeed, save.apply(input)) + ")");
                counts.merge("FAILED", 1, Integer::sum);
            } else {
                counts.merge(kind, 1, Integer::sum);
            }
        }
        System.out.printf("%s: %d cases (base seed %d), %s, mean %.1f ms, slowest %d ms%n", name, run, seed, counts,
                run == 0 ? 0.0 : total / 1e6 / run, slowest / 1_000_000);
    }

    int run() {
        return run;
    }

    int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    List<String> failures() {
        return failures;
    }

    private Path keep(long caseSeed, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "trust", "failures"));
            Path file = dir.resolve(name + "-" + caseSeed + ".bin");
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stackTop(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(6, stack.length); i++) {
            sb.append("\n      at ").append(stack[i]);
        }
        return sb.toString();
    }
}
