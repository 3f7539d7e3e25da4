package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yifa.assessment.Status;

/**
 * Every string of the interface lives in one dictionary (static/js/i18n.js), in Chinese and English
 * alike, and every key the pages ask for is in it — also those built from data (statuses, reasons,
 * graph kinds), checked against the Java code that produces them.
 */
class UiDictionaryTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("zh")).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyThePagesAskForIsThere() throws IOException {
        Set<String> known = keys("zh");
        Set<String> asked = new LinkedHashSet<>();
        Pattern call = Pattern.compile("\\bt\\('([\\w.-]+)'");
        try (Stream<Path> files = Files.walk(STATIC.resolve("js"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(50);
        assertThat(known).containsAll(asked);
    }

    @Test
    void statusesReasonsAndGraphKindsProducedByTheServiceAreAllNamed() throws IOException {
        Set<String> known = keys("zh");
        for (Status s : Status.values()) {
            assertThat(known).contains("status." + s.label());
        }
        // The reason kinds as the record documents them.
        String reason = Files.readString(Path.of("src/main/java/org/yifa/assessment/Reason.java"));
        Matcher kinds = Pattern.compile("@param kind\\s+([\\s\\S]*?)\\n \\* @param").matcher(reason);
        assertThat(kinds.find()).isTrue();
        List<String> reasonKinds = Arrays.stream(kinds.group(1).replace("*", " ").split("[,\\s]+"))
                .filter(k -> !k.isBlank()).toList();
        assertThat(reasonKinds).contains("missing-evidence", "judged-missed");
        reasonKinds.forEach(k -> assertThat(known).contains("reason." + k));
        // The kinds the graph explorer's endpoint gives its nodes.
        String graph = Files.readString(Path.of("src/main/java/org/yifa/web/GraphController.java"));
        Matcher entry = Pattern.compile("Map\\.entry\\(\"\\w+\", \"(\\w+)\"\\)").matcher(graph);
        int n = 0;
        while (entry.find()) {
            assertThat(known).contains("graph.kind." + entry.group(1));
            n++;
        }
        assertThat(n).isGreaterThan(5);
    }

    /** The keys of one language's table in i18n.js. */
    private static Set<String> keys(String lang) throws IOException {
        String text = Files.readString(STATIC.resolve("js/i18n.js"));
        int start = text.indexOf("\n  " + lang + ": {");
        assertThat(start).as("table " + lang).isPositive();
        int end = text.indexOf("\n  },", start);
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = Pattern.compile("^\\s+'([\\w.-]+)':", Pattern.MULTILINE).matcher(text.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
