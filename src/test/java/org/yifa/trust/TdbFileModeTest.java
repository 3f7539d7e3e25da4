package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yifa.testing.SlowTest;

/**
 * {@code yifa.store.tdb.file-mode}: in {@code direct} mode no file of the store is mapped into the service's
 * memory (so its resident set is bounded by the heap), and the answers are those of the default {@code mapped}
 * mode on the same store. The service runs as a separate JVM: TDB2 keeps one file mode per JVM.
 */
@SlowTest
class TdbFileModeTest {

    private static final Pattern UNITS = Pattern.compile("\"units\":(\\d+)");

    @Test
    void inDirectModeNoStoreFileIsMappedAndTheAnswersAreThoseOfTheMappedMode() throws Exception {
        Path store = Files.createDirectories(Path.of("target", "trust", "file-mode-" + UUID.randomUUID()));
        String mapped;
        try (ServiceProcess service = ServiceProcess.start("file-mode-mapped", store, List.of("-Xmx1g"))) {
            mapped = gaps(service);
            assertThat(mappedFilesOf(service, store)).as("mapped: TDB2's index files in the address space").isNotEmpty();
        }
        Matcher units = UNITS.matcher(mapped);
        assertThat(units.find() && Integer.parseInt(units.group(1)) > 0).as("the demo city is assessed: " + mapped).isTrue();

        try (ServiceProcess service = ServiceProcess.start("file-mode-direct", store, List.of("-Xmx1g"),
                "--yifa.store.tdb.file-mode=direct")) {
            assertThat(gaps(service)).isEqualTo(mapped);
            assertThat(mappedFilesOf(service, store)).as("direct: no file of the store mapped").isEmpty();
        }
    }

    private static String gaps(ServiceProcess service) throws Exception {
        Client.Answer answer = new Client(service.base(), Duration.ofSeconds(60)).get("/api/gaps?year=2025");
        assertThat(answer.status()).isEqualTo(200);
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    /** The lines of the process's memory map that map a file of the store. */
    private static List<String> mappedFilesOf(ServiceProcess service, Path store) throws Exception {
        String dir = store.toAbsolutePath() + "/";   // not the text index beside it, which Lucene maps
        return Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "maps")).stream()
                .filter(line -> line.contains(dir)).toList();
    }
}
