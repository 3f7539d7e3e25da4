package org.yifa.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.criteria.RuleExtractor;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;

/** The answers of the library's questions about the checklist, its criteria and the laws, computed from data/ independently. */
@YifaSpringTest
class QueryAnswersTest {

    static final String UNIT_TYPE = "https://w3id.org/yifa/id/unit-type/";
    static final String EVIDENCE_TYPE = "https://w3id.org/yifa/id/evidence-type/";

    @Autowired
    QueryLibrary queries;
    @Autowired
    FrameworkSource framework;

    private final List<SourceData.Link> links = SourceData.links();
    private final List<SourceData.Criterion> criteria = SourceData.criteria();

    @Test
    void itemsCitingALawAreTheItemsWhoseTextNamesIt() {
        List<SourceData.LawFile> laws = SourceData.laws();
        List<String> titles = laws.stream().flatMap(l -> java.util.stream.Stream.of(l.shortTitle(), l.title()))
                .distinct().toList();
        int cited = 0;
        for (String law : laws.stream().map(SourceData.LawFile::shortTitle).distinct().toList()) {
            Set<String> names = laws.stream().filter(l -> l.shortTitle().equals(law))
                    .flatMap(l -> java.util.stream.Stream.of(l.shortTitle(), l.title())).collect(Collectors.toSet());
            List<String> expected = checklist().items().stream()
                    .filter(i -> names.stream().anyMatch(name -> cites(i.text(), name, titles)))
                    .map(Checklist.Item::notation).toList();
            List<String> actual = rows("items-citing-law", Map.of("law", law)).stream()
                    .map(r -> r.get("notation")).distinct().toList();
            assertThat(actual).as(law).isEqualTo(expected);
            cited += expected.size();
        }
        assertThat(cited).as("items naming some shipped law").isPositive();
    }

    /**
     * Whether the text names a law by {@code name}: not inside 《…》 (unless the marks hold exactly the
     * name), not as part of a longer title of a shipped law, and not followed by 法律 or 法规 (宪法法律,
     * "the Constitution and the laws", names the legal order, not the Constitution).
     */
    private static boolean cites(String text, String name, List<String> titles) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int open = text.lastIndexOf('《', at);
            int close = text.lastIndexOf('》', at);
            if (open > close) {
                if (text.startsWith("《" + name + "》", at - 1)) {
                    return true;
                }
                continue;
            }
            String after = text.substring(at + name.length());
            if (after.startsWith("法律") || after.startsWith("法规")) {
                continue;
            }
            final int position = at;
            boolean inLonger = titles.stream().filter(t -> t.length() > name.length() && t.contains(name))
                    .anyMatch(t -> {
                        for (int k = t.indexOf(name); k >= 0; k = t.indexOf(name, k + 1)) {
                            if (position - k >= 0 && text.startsWith(t, position - k)) {
                                return true;
                            }
                        }
                        return false;
                    });
            if (!inLonger) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theProvisionTextsOfAnItemAreItsCuratedLinksWithTheWordsOfTheLaw() {
        Map<String, List<SourceData.Link>> byItem = links.stream().filter(l -> !l.kind().equals("none"))
                .collect(Collectors.groupingBy(SourceData.Link::item, LinkedHashMap::new, Collectors.toList()));
        assertThat(byItem).hasSizeGreaterThan(50);
        Map<String, String> lawTexts = new HashMap<>();
        java.util.stream.Stream.concat(SourceData.laws().stream(), SourceData.flkLaws().stream())
                .forEach(l -> lawTexts.put(l.shortTitle() + "|" + (l.version() == null ? "" : l.version()), plain(l.text())));
        byItem.forEach((item, expected) -> {
            List<Map<String, String>> rows = rows("provisions-text-of-item", Map.of("notation", item));
            assertThat(rows).as(item).extracting(r -> r.get("law") + " " + r.get("article") + " " + r.getOrDefault("paragraph", ""))
                    .containsExactlyElementsOf(expected.stream().map(l -> l.law() + " " + l.article() + " " + l.paragraph()).toList());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                SourceData.Link link = expected.get(i);
                assertThat(row.get("text")).as(item + " " + link).contains(link.quote());
                assertThat(row.get("kind")).isEqualTo(link.kind());
                if (!link.version().isEmpty()) {
                    assertThat(row.get("version")).isEqualTo(link.version());
                }
                String file = lawTexts.entrySet().stream().filter(e -> e.getKey().startsWith(row.get("law") + "|"))
                        .filter(e -> link.version().isEmpty() || e.getKey().endsWith("|" + link.version()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
                // Every line of the provision is a line (or the rest of an article line) of the shipped file,
                // whichever its shape (the national database's export marks articles up as list items).
                row.get("text").lines().forEach(line -> assertThat(file).as(item + " " + link).contains(plain(line)));
            }
        });
    }

    /** Law text without Markdown list and emphasis marks and without white space. */
    private static String plain(String text) {
        return text.replaceAll("(?m)^\\s*- ", "").replaceAll("[\\s\u3000*]", "");
    }

    @Test
    void itemsOfAResponsibleBodyAreThoseWhoseCriteriaNameIt() {
        Map<String, List<SourceData.Criterion>> byBody = criteria.stream()
                .collect(Collectors.groupingBy(SourceData.Criterion::responsible));
        assertThat(byBody).containsKey("government-legal-office");
        byBody.forEach((body, expected) -> {
            Map<String, String> actual = new TreeMap<>();
            rows("items-by-responsible-body", Map.of("responsible", UNIT_TYPE + body))
                    .forEach(r -> actual.put(r.get("notation"), sorted(r.get("criteria"))));
            Map<String, String> wanted = new TreeMap<>();
            expected.stream().collect(Collectors.groupingBy(SourceData.Criterion::item))
                    .forEach((item, cs) -> wanted.put(item, sorted(cs.stream().map(SourceData.Criterion::id)
                            .collect(Collectors.joining(" ")))));
            assertThat(actual).as(body).isEqualTo(wanted);
        });
    }

    @Test
    void itemsNeedingAnEvidenceTypeAreThoseWhoseCriteriaRequireIt() {
        // A count the sentence sets (每年2期以上) is the count of the first evidence type unless the file gives one.
        RuleExtractor extractor = new RuleExtractor(Map.of());
        Map<String, Set<String>> expected = new TreeMap<>();
        for (SourceData.Criterion c : criteria) {
            Integer sentenceCount = extractor.extract(c.sentence()).stream().map(r -> r.minCount())
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            boolean first = true;
            for (var e : c.evidence().entrySet()) {
                int min = e.getValue() != null ? e.getValue() : first && sentenceCount != null ? sentenceCount : 1;
                expected.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(c.item() + " " + c.id() + " " + min);
                first = false;
            }
        }
        assertThat(expected).containsKey("legality-review-opinion");
        expected.forEach((type, wanted) -> {
            Set<String> actual = rows("items-needing-evidence-type", Map.of("evidenceType", EVIDENCE_TYPE + type)).stream()
                    .map(r -> r.get("notation") + " " + r.get("id") + " " + r.get("min")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(actual).as(type).isEqualTo(wanted);
        });
    }

    @Test
    void criteriaWithPeriodRulesAreThoseWhoseSentenceSetsAPeriodCountDeadlineOrCap() {
        RuleExtractor extractor = new RuleExtractor(Map.of());
        Set<String> expected = new TreeSet<>();
        for (SourceData.Criterion c : criteria) {
            extractor.extract(c.sentence()).forEach(rule -> expected.add(c.id() + " " + rule.phrase()));
        }
        assertThat(expected).anyMatch(r -> r.contains("有效期一般不超过")).anyMatch(r -> r.contains("每年"));
        Set<String> actual = rows("criteria-with-period-rules", Map.of()).stream()
                .map(r -> r.get("id") + " " + r.get("phrase")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected);
        // Every rule's phrase is words of its criterion's sentence.
        rows("criteria-with-period-rules", Map.of()).forEach(r -> assertThat(r.get("sentence")).contains(r.get("phrase")));
    }

    @Test
    void coverageCountsPerPartFollowTheCuratedLinkFiles() {
        Checklist checklist = checklist();
        List<Map<String, String>> rows = rows("coverage-by-area", Map.of());
        assertThat(rows).extracting(r -> r.get("area"))
                .containsExactlyElementsOf(checklist.areas().stream().map(a -> String.valueOf(a.number())).toList());
        for (Map<String, String> row : rows) {
            String area = row.get("area") + ".";
            long items = checklist.items().stream().filter(i -> i.notation().startsWith(area)).count();
            Set<String> linked = itemsOf(area, l -> !l.kind().equals("none"));
            Set<String> verified = itemsOf(area, l -> !l.kind().equals("none") && l.verified());
            Set<String> none = itemsOf(area, l -> l.kind().equals("none"));
            assertThat(row).as(row.get("area")).containsEntry("items", String.valueOf(items))
                    .containsEntry("withBasis", String.valueOf(linked.size()))
                    .containsEntry("verified", String.valueOf(verified.size()))
                    .containsEntry("noSpecificBasis", String.valueOf(none.size()))
                    .containsEntry("missing", String.valueOf(items - linked.size() - none.size()));
        }
    }

    private Set<String> itemsOf(String areaPrefix, java.util.function.Predicate<SourceData.Link> filter) {
        return links.stream().filter(l -> l.item().startsWith(areaPrefix)).filter(filter)
                .map(SourceData.Link::item).collect(Collectors.toSet());
    }

    @Test
    void lawsByLevelGroupTheLawsOfTheLawList() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Map<String, String> r : rows("laws-list", Map.of())) {
            expected.computeIfAbsent(r.getOrDefault("levelName", ""), k -> new TreeSet<>()).add(r.get("shortTitle"));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map<String, String> r : rows("laws-by-level", Map.of())) {
            Set<String> laws = new TreeSet<>(List.of(r.get("laws").split("、")));
            assertThat(r.get("count")).isEqualTo(String.valueOf(laws.size()));
            actual.put(r.getOrDefault("levelName", ""), laws);
        }
        assertThat(actual).isEqualTo(expected);
        // A law counts once, however many versions are shipped (行政复议法 2017 and 2023).
        assertThat(actual.values().stream().mapToLong(Set::size).sum())
                .isEqualTo(SourceData.laws().stream().map(SourceData.LawFile::shortTitle).distinct().count());
    }

    @Test
    void theArticlesMostReliedOnCountTheItemsLinkedToThemOrTheirParagraphs() {
        // Links name the version only where a law is shipped in several.
        Set<String> severalVersions = SourceData.laws().stream()
                .collect(Collectors.groupingBy(SourceData.LawFile::shortTitle, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, Set<String>> expected = new HashMap<>();
        for (SourceData.Link l : links) {
            if (!l.kind().equals("none")) {
                String version = severalVersions.contains(l.law()) ? " " + l.version() : "";
                expected.computeIfAbsent(l.law() + " " + l.article() + version, k -> new TreeSet<>()).add(l.item());
            }
        }
        List<Map<String, String>> rows = rows("articles-most-cited", Map.of());
        Map<String, Set<String>> actual = new HashMap<>();
        for (Map<String, String> r : rows) {
            Set<String> items = new TreeSet<>(List.of(r.get("notations").split(" ")));
            assertThat(r.get("items")).isEqualTo(String.valueOf(items.size()));
            String version = severalVersions.contains(r.get("law")) ? " " + r.get("version") : "";
            assertThat(actual.put(r.get("law") + " " + r.get("article") + version, items)).isNull();
        }
        assertThat(actual).isEqualTo(expected);
        List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("items"))).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.get(0)).isEqualTo(expected.values().stream().mapToInt(Set::size).max().orElseThrow());
    }

    private Checklist checklist() {
        return framework.parse();
    }

    private static String sorted(String spaceSeparated) {
        return new TreeSet<>(List.of(spaceSeparated.split(" "))).stream().collect(Collectors.joining(" "));
    }

    /** Rows as maps of variable → lexical form or IRI; unbound variables are absent. */
    List<Map<String, String>> rows(String name, Map<String, String> parameters) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (QuerySolution s : queries.select(name, parameters)) {
            Map<String, String> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
            rows.add(row);
        }
        return rows;
    }

    static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
