package org.yifa.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the instruments an item's text names, by two rules:
 * <ol>
 * <li><b>Titles in book-title marks.</b> Every {@code 《…》} is a citation, whatever it names
 *     ({@code 《××省重大行政决策程序规定》}); it resolves to a work of the law graph when its title
 *     equals one of the work's titles (short, e.g. 行政许可法, or full, e.g. 中华人民共和国行政许可法).</li>
 * <li><b>Bare names.</b> Outside book-title marks, the titles of the works in the law graph are looked
 *     for, longest first at each position, and a match consumes its characters: so 行政复议法实施条例 is
 *     read as that regulation and never also as 行政复议法. One exception: a name followed by
 *     法律 or 法规 is <em>not</em> a citation. The doublet {@code 宪法法律} (模范遵守宪法法律) is the
 *     stock phrase for "the Constitution and the laws", the legal order as a whole, no more a citation
 *     of the Constitution than 法律法规 is of a law; {@code 宪法、法律法规} (an enumeration) and
 *     {@code 学好宪法} name the Constitution itself and are citations, and so is 行政许可法规定
 *     (法 followed by 规定, "what the law provides").</li>
 * </ol>
 * Each cited text counts once per item, in order of first occurrence.
 */
final class CitationExtractor {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]+)》");

    /** One instrument named in a text. {@code workIri} is null when no work of the law graph matches. */
    record Found(String citedText, String title, String workIri) {
    }

    private final Map<String, String> workByTitle;
    private final List<String> namesLongestFirst;

    /** @param workByTitle every title (short and full) of every work → the work's IRI */
    CitationExtractor(Map<String, String> workByTitle) {
        this.workByTitle = Map.copyOf(workByTitle);
        this.namesLongestFirst = workByTitle.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    static CitationExtractor of(LawCatalog laws) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (LawCatalog.Work work : laws.works()) {
            work.titles().forEach(t -> titles.putIfAbsent(t, work.iri()));
        }
        return new CitationExtractor(titles);
    }

    List<Found> extract(String text) {
        Map<String, Found> found = new LinkedHashMap<>();
        StringBuilder outside = new StringBuilder(text);
        Matcher m = BOOK_TITLE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            String title = m.group(1).strip();
            found.putIfAbsent(m.group(), new Found(m.group(), title, workByTitle.get(title)));
        }
        // Book-title spans are blanked so that bare names are not found inside them.
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                outside.setCharAt(i, '\u0000');
            }
        }
        List<Found> bare = new ArrayList<>();
        String plain = outside.toString();
        int i = 0;
        while (i < plain.length()) {
            String name = nameAt(plain, i);
            if (name == null) {
                i++;
                continue;
            }
            if (!runsOn(plain, i + name.length(), name)) {
                bare.add(new Found(name, name, workByTitle.get(name)));
            }
            i += name.length();
        }
        // Keep document order: merge by position of first occurrence.
        List<Found> ordered = new ArrayList<>(found.values());
        for (Found f : bare) {
            if (ordered.stream().noneMatch(o -> o.citedText().equals(f.citedText()))) {
                ordered.add(f);
            }
        }
        ordered.sort(Comparator.comparingInt(f -> text.indexOf(f.citedText())));
        return ordered;
    }

    private String nameAt(String text, int at) {
        for (String name : namesLongestFirst) {
            if (text.startsWith(name, at)) {
                return name;
            }
        }
        return null;
    }

    /** Whether a name ending at {@code end} is the first half of a doublet such as 宪法法律. */
    private static boolean runsOn(String text, int end, String name) {
        return name.endsWith("法") && (text.startsWith("法律", end) || text.startsWith("法规", end));
    }
}
