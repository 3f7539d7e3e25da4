package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yifa.testing.SlowTest;

/**
 * Crash safety: the service, a separate JVM, is killed with SIGKILL at random moments while large
 * uploads are under way, again and again. After every restart the store must open and hold each
 * upload whole (all its records, its yf:Upload and its audit entry) or not at all, and everything
 * the client was told was accepted.
 *
 * <p>Bounded by {@code -Dtrust.crash.seconds} (default 180; a slow machine still runs three cycles) and
 * {@code -Dtrust.crash.cycles} (default 8); {@code -Dtrust.seed} repeats a run.
 */
@SlowTest
class CrashSafetyTest {

    private static final String UNIT_PREFIX = "trust-crash-";
    private static final int WRITERS = 2;
    private static final int MIN_CYCLES = 3;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void everyUploadIsWholeOrAbsentAfterAKillAndWhatWasAcceptedStays() throws Exception {
        int cycles = Integer.getInteger("trust.crash.cycles", 8);
        Duration budget = Duration.ofSeconds(Integer.getInteger("trust.crash.seconds", 180));
        long seed = Long.getLong("trust.seed", System.nanoTime());
        Random random = new Random(seed);
        long began = System.nanoTime();
        long deadline = began + budget.toNanos();

        List<String> units = IntStream.range(0, cycles * WRITERS).mapToObj(i -> UNIT_PREFIX + i).toList();
        Path store = Files.createDirectories(Path.of("target", "trust", "crash-store-" + seed));
        Units.prepareStore(store, units);
        Uploads uploads = new Uploads();
        List<String> lines = new ArrayList<>();
        int done = 0;
        int killedWhileSending = 0;

        try (ServiceProcess service = ServiceProcess.start("crash", store, List.of("-Xmx768m", "-XX:+UseSerialGC"))) {
            Duration lastCycle = Duration.ZERO;
            // The budget is soft: a slow machine still gets the few cycles that make the test mean something.
            while (done < cycles && (done < MIN_CYCLES || System.nanoTime() + lastCycle.toNanos() < deadline)) {
                long cycleStart = System.nanoTime();
                if (done > 0) {
                    service.start();
                    Uploads.Found found = uploads.verify(client(service));
                    lines.add("restart " + done + ": " + found);
                }
                // Each writer sends ledgers of a few thousand rows one after another to a unit of its own.
                int cycle = done;
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String unit = units.get(cycle * WRITERS + w);
                    String writer = "c" + cycle + "w" + w;
                    Random rows = new Random(random.nextLong());
                    Thread t = new Thread(() -> {
                        Client client = client(service);
                        for (int n = 0; !Thread.currentThread().isInterrupted(); n++) {
                            int size = 2000 + rows.nextInt(2001);
                            Uploads.Sent s = uploads.add(writer + "n" + n, unit, size);
                            uploads.send(client, s, EvidenceCsv.ledger(s.tag, size, 2024, rows), service.admin());
                            if (s.outcome == Uploads.Outcome.CUT_OFF) {
                                return;
                            }
                        }
                    }, "writer-" + writer);
                    t.setDaemon(true);
                    writers.add(t);
                    t.start();
                }
                // An upload takes seconds: parse and check, one write transaction, then re-assessment of the
                // unit. Even cycles kill at any moment of the first uploads; odd ones after an upload was
                // answered 201, so that what the client was told survives too.
                long delay;
                if (cycle % 2 == 0) {
                    delay = 200 + random.nextInt(12_000);
                    Thread.sleep(delay);
                } else {
                    long start = System.nanoTime();
                    while (uploads.sent().stream().noneMatch(s -> s.tag.startsWith("c" + cycle + "w")
                            && s.outcome == Uploads.Outcome.ACCEPTED) && System.nanoTime() - start < 30_000_000_000L) {
                        Thread.sleep(50);
                    }
                    Thread.sleep(random.nextInt(3000));
                    delay = (System.nanoTime() - start) / 1_000_000;
                }
                long sending = uploads.sent().stream().filter(s -> s.outcome == Uploads.Outcome.SENDING).count();
                service.kill();
                killedWhileSending += sending;
                for (Thread t : writers) {
                    t.interrupt();
                    t.join(TimeUnit.SECONDS.toMillis(30));
                }
                lines.add("cycle " + cycle + ": killed after " + delay + " ms with " + sending + " uploads under way");
                done++;
                lastCycle = Duration.ofNanos(System.nanoTime() - cycleStart);
            }
            service.start();
            Uploads.Found found = uploads.verify(client(service));
            uploads.verifyTriples(client(service));
            lines.add("final restart: " + found);

            long accepted = uploads.sent().stream().filter(s -> s.outcome == Uploads.Outcome.ACCEPTED).count();
            long rejected = uploads.sent().stream().filter(s -> s.outcome == Uploads.Outcome.REJECTED).toList().size();
            System.out.printf("CrashSafetyTest seed=%d: %d kill cycles in %d s, %d uploads sent (%d accepted, %d cut off "
                    + "by the kill), found whole %d (of them %d never answered), absent %d%n  %s%n",
                    seed, done, Duration.ofNanos(System.nanoTime() - began).toSeconds(),
                    uploads.sent().size(), accepted, found.wholeButUnanswered() + found.absentButUnanswered(),
                    found.whole(), found.wholeButUnanswered(), found.absent(), String.join("\n  ", lines));
            assertThat(rejected).as("uploads the service refused: %s", uploads.sent()).isZero();
            assertThat(done).as("kill cycles").isGreaterThanOrEqualTo(Math.min(cycles, MIN_CYCLES));
            assertThat(killedWhileSending).as("kills that hit an upload under way").isPositive();
        }
        Files.walk(store).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    private static Client client(ServiceProcess service) {
        return new Client(service.base(), Duration.ofSeconds(60));
    }
}
