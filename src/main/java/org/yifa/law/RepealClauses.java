package org.yifa.law;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Successions read from the texts' own repeal clauses ("…《法规规章备案条例》同时废止"): where a shipped text
 * repeals a title that is shipped too, in a version older than the repealing one, that version is replaced.
 * Rows of {@code succession.csv} stay as they are; a clause only adds what they do not say.
 */
final class RepealClauses {

    /** Sentences are split on 。；and line breaks, not matched by a pattern around 废止 (quadratic on a long line). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；\\n]");
    private static final Pattern TITLE = Pattern.compile("《([^》]+)》");

    private RepealClauses() {
    }

    static List<LawCorpus.Succession> successions(LawCorpus corpus, List<LawCorpus.Succession> known) {
        List<LawCorpus.Succession> found = new ArrayList<>();
        for (LawCorpus.Version newer : corpus.versions()) {
            for (LawText.Article a : newer.text().articles()) {
                if (!a.text().contains("废止")) {
                    continue;
                }
                for (String sentence : SENTENCE_END.split(a.text())) {
                    if (!sentence.contains("废止")) {
                        continue;
                    }
                    Matcher title = TITLE.matcher(sentence);
                    while (title.find()) {
                        String repealed = Titles.normalise(title.group(1));
                        corpus.versions().stream()
                                .filter(v -> Titles.normalise(v.text().title()).equals(repealed)
                                        && !v.slug().equals(newer.slug()) && v.date().isBefore(newer.date()))
                                .filter(v -> known.stream().noneMatch(k -> k.older().equals(v) && k.newer().slug().equals(newer.slug())))
                                .filter(v -> found.stream().noneMatch(k -> k.older().equals(v)))
                                .forEach(v -> found.add(new LawCorpus.Succession(a.line(), newer, v, "replaces",
                                        sentence.strip(), "text")));
                    }
                }
            }
        }
        return found;
    }
}
