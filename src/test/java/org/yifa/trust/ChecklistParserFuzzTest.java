package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.parse.ChecklistParser;
import org.yifa.store.InvalidInputException;
import org.yifa.testing.SlowTest;

/**
 * Hostile input for the checklist parser: random damage to the real document either parses into a
 * checklist that keeps the parser's promises (numbers without gaps, items ending a sentence) or is
 * rejected with an {@link InvalidInputException} naming the file and a line of it — never another
 * exception, never a hang.
 */
@SlowTest
class ChecklistParserFuzzTest {

    static final Path SOURCE = Path.of("data/source/model-unit-goals.txt");
    static final String FILE = "fuzzed/model-unit-goals.txt";

    @Test
    void damagedChecklistsParseOrAreRejectedWithFileAndLine() throws IOException {
        String real = Files.readString(SOURCE);
        ChecklistParser parser = new ChecklistParser(censoredWords());
        Fuzz fuzz = new Fuzz("checklist-parser", 3000, Duration.ofSeconds(90), Duration.ofSeconds(10));
        fuzz.run(random -> new Mutator(random).text(real, 6),
                text -> () -> check(parser.parse(FILE, text)),
                (text, outcome) -> {
                    if (outcome.thrown() == null) {
                        return "parsed";
                    }
                    return outcome.thrown() instanceof InvalidInputException e && namesFileAndLine(e, FILE, text)
                            ? "rejected" : null;
                },
                text -> text.getBytes(StandardCharsets.UTF_8));
        assertThat(fuzz.failures()).isEmpty();
        assertThat(fuzz.run()).isGreaterThanOrEqualTo(1000);
        assertThat(fuzz.count("parsed")).as("light damage that the parser repairs").isPositive();
        assertThat(fuzz.count("rejected")).as("damage it refuses").isPositive();
    }

    /** The promises of a parsed checklist: parts 1…n, items of each part 1…m, every item ends a sentence. */
    private static Checklist check(Checklist checklist) {
        assertThat(checklist.areas()).extracting(Checklist.Area::number)
                .isEqualTo(IntStream.rangeClosed(1, checklist.areas().size()).boxed().toList());
        for (Checklist.Area area : checklist.areas()) {
            List<Integer> numbers = area.goals().stream().flatMap(g -> g.items().stream()).map(Checklist.Item::number).toList();
            assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        }
        assertThat(checklist.items()).allSatisfy(item -> assertThat(item.text()).isNotBlank()
                .matches(t -> "。；！？”".indexOf(t.charAt(t.length() - 1)) >= 0, "ends a sentence"));
        return checklist;
    }

    /** The message starts with the file, and the line (0: the whole file) is a line of the text. */
    static boolean namesFileAndLine(InvalidInputException e, String file, String text) {
        long lines = text.split("\r\n|\r|\n", -1).length;
        return e.file().equals(file) && e.getMessage().startsWith(file) && e.line() >= 0 && e.line() <= lines;
    }

    static Map<String, String> censoredWords() throws IOException {
        Map<String, String> words = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("data/source/censored-words.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                words.put(cells[0], cells[1]);
            }
        }
        return words;
    }
}
