package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawFiles;
import org.yifa.law.LawReader;
import org.yifa.law.LawText;
import org.yifa.store.InvalidInputException;
import org.yifa.testing.SlowTest;

/**
 * Hostile input for the law reader: the shipped law texts with random damage either read into a
 * text whose articles run 第一条, 第二条 … or are rejected with an {@link InvalidInputException}
 * naming the file and a line — never another exception, never a hang. The same holds for the whole
 * corpus (texts and the CSV files beside them) read through {@link LawFiles}.
 */
@SlowTest
class LawReaderFuzzTest {

    static SortedMap<String, String> texts = new TreeMap<>();

    @BeforeAll
    static void readTheShippedTexts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("data/laws/texts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.put(f.toString().replace('\\', '/'), Files.readString(f));
            }
        }
        assertThat(texts).isNotEmpty();
    }

    @Test
    void damagedLawTextsReadOrAreRejectedWithFileAndLine() {
        List<String> paths = List.copyOf(texts.keySet());
        Fuzz fuzz = new Fuzz("law-reader", 3000, Duration.ofSeconds(90), Duration.ofSeconds(10));
        fuzz.run(random -> {
                    String path = paths.get(random.nextInt(paths.size()));
                    return new String[] {path, new Mutator(random).text(texts.get(path), 6)};
                },
                in -> () -> check(LawReader.read(in[0], in[1])),
                (in, outcome) -> {
                    if (outcome.thrown() == null) {
                        return "read";
                    }
                    return outcome.thrown() instanceof InvalidInputException e
                            && ChecklistParserFuzzTest.namesFileAndLine(e, in[0], in[1]) ? "rejected" : null;
                },
                in -> (in[0] + "\n" + in[1]).getBytes(StandardCharsets.UTF_8));
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.run()).isGreaterThanOrEqualTo(1000);
        assertThat(fuzz.count("read")).isPositive();
        assertThat(fuzz.count("rejected")).isPositive();
    }

    @Test
    void damagedFileNamesAreRejectedWithTheFile() {
        List<String> paths = List.copyOf(texts.keySet());
        Fuzz fuzz = new Fuzz("law-file-names", 1000, Duration.ofSeconds(30), Duration.ofSeconds(10));
        fuzz.run(random -> {
                    String path = paths.get(random.nextInt(paths.size()));
                    return new String[] {new Mutator(random).text(path, 3), texts.get(path)};
                },
                in -> () -> LawReader.read(in[0], in[1]),
                (in, outcome) -> outcome.thrown() == null ? "read"
                        : outcome.thrown() instanceof InvalidInputException e && e.file().equals(in[0]) ? "rejected" : null,
                in -> in[0].getBytes(StandardCharsets.UTF_8));
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.count("rejected")).isPositive();
    }

    /**
     * The corpus as the service loads it, with one file damaged: a law text, or one of
     * laws.csv, catalog.csv, flk-ids.csv, succession.csv.
     */
    @Test
    void aDamagedCorpusLoadsOrIsRejectedWithFileAndLine() {
        LawFiles shipped = LawFiles.directory(Path.of("."));
        List<String> csvs = List.of(LawFiles.LAWS, LawFiles.CATALOG, LawFiles.FLK_IDS, LawFiles.SUCCESSION);
        SortedMap<String, byte[]> shippedTexts = shipped.texts();
        List<String> all = Stream.concat(csvs.stream(), shippedTexts.keySet().stream()).toList();
        Fuzz fuzz = new Fuzz("law-corpus", 400, Duration.ofSeconds(60), Duration.ofSeconds(20));
        fuzz.run(random -> {
                    // CSV files are few but each is read once per load: damage them half of the time.
                    String path = random.nextBoolean() ? csvs.get(random.nextInt(csvs.size())) : all.get(random.nextInt(all.size()));
                    String text = new String(shippedTexts.containsKey(path) ? shippedTexts.get(path) : shipped.read(path),
                            StandardCharsets.UTF_8);
                    return new String[] {path, new Mutator(random).text(text, 4)};
                },
                in -> () -> LawCorpus.load(damaged(shipped, shippedTexts, in[0], in[1])),
                (in, outcome) -> {
                    if (outcome.thrown() == null) {
                        return "loaded";
                    }
                    // A bad text or CSV names itself; a text that reads fine may still clash with the others.
                    return outcome.thrown() instanceof InvalidInputException e && e.line() >= 0
                            && e.getMessage().startsWith(e.file()) ? "rejected" : null;
                },
                in -> (in[0] + "\n" + in[1]).getBytes(StandardCharsets.UTF_8));
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.count("rejected")).isPositive();
    }

    private static LawFiles damaged(LawFiles shipped, SortedMap<String, byte[]> texts, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new LawFiles() {
            @Override
            public SortedMap<String, byte[]> texts() {
                SortedMap<String, byte[]> all = new TreeMap<>(texts);
                all.computeIfPresent(path, (p, b) -> bytes);
                return all;
            }

            @Override
            public byte[] read(String p) {
                return p.equals(path) ? bytes : shipped.read(p);
            }
        };
    }

    private static LawText check(LawText text) {
        assertThat(text.articles()).extracting(LawText.Article::ordinal)
                .isEqualTo(IntStream.rangeClosed(1, text.articles().size()).boxed().toList());
        return text;
    }
}
