package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;
import org.yifa.store.load.DataFiles;
import org.yifa.testing.YifaSpringTest;

/** The link queries of queries/*.rq against the shipped data, read independently from the CSV files. */
@YifaSpringTest
class LinkQueriesTest {

    @Autowired
    Dataset dataset;
    @Autowired
    QueryLibrary queries;
    @Autowired
    FrameworkSource framework;

    private final List<LinkFixtures.Row> csv = LinkFixtures.curatedRows();

    @Test
    void everyLinkQueryHasAHeaderThatSaysWhatItAsks() {
        for (String name : List.of("provisions-of-item", "items-on-law", "items-on-article", "laws-ranked",
                "items-without-basis", "citations-unresolved", "citations-extracted", "drift", "provisions-of-version")) {
            NamedQuery q = queries.get(name);
            assertThat(q.title()).as(name).isNotBlank();
            assertThat(q.question()).as(name).endsWith("?");
        }
        assertThat(queries.get("items-on-article").parameters()).extracting(NamedQuery.Parameter::type)
                .containsExactly("string", "integer");
    }

    @Test
    void provisionsOfAnItemAreItsCuratedLinksThenTheLawsItsTextNames() {
        List<Map<String, String>> rows = rows("provisions-of-item", Map.of("notation", "6.8"));
        Set<String> expected = csv.stream().filter(r -> r.item().equals("6.8"))
                .map(r -> String.join("|", r.law(), r.version(), r.article(), r.paragraph(), r.kind(), r.quote()))
                .collect(Collectors.toSet());
        Set<String> curated = rows.stream().filter(r -> r.get("provenance").equals("curated"))
                .map(r -> String.join("|", r.get("law"), r.get("version"), r.get("article"),
                        r.getOrDefault("paragraph", ""), r.get("kind"), r.get("quote")))
                .collect(Collectors.toSet());
        assertThat(curated).isEqualTo(expected);
        assertThat(rows.subList(0, expected.size())).allMatch(r -> r.get("provenance").equals("curated"));
        List<Map<String, String>> extracted = rows.stream().filter(r -> r.get("provenance").equals("extracted")).toList();
        assertThat(extracted).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("law", "人民调解法").containsEntry("kind", "cites")
                    .containsEntry("iri", "https://w3id.org/yifa/id/law/renmin-tiaojie-fa")
                    .containsEntry("citedText", "人民调解法").doesNotContainKey("article");
        });
    }

    @Test
    void anItemWithoutProvisionsHasOneNoneRowGivingTheReason() {
        LinkFixtures.Row none = csv.stream().filter(LinkFixtures.Row::none).findFirst().orElseThrow();
        assertThat(rows("provisions-of-item", Map.of("notation", none.item())))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("kind", "none")
                        .containsEntry("rationale", none.rationale()));
    }

    @Test
    void itemsOnALawAreThoseLinkedToItAndThoseNamingIt() {
        for (String law : List.of("人民调解法", "信访条例", "行政许可法")) {
            Set<String> expected = new HashSet<>();
            csv.stream().filter(r -> r.law().equals(law))
                    .forEach(r -> expected.add(r.item() + " curated " + r.article()));
            for (Checklist.Item item : framework.parse().items()) {
                if (item.text().contains(law)) {
                    expected.add(item.notation() + " extracted null");
                }
            }
            Set<String> found = rows("items-on-law", Map.of("law", law)).stream()
                    .map(r -> r.get("notation") + " " + r.get("how") + " " + r.getOrDefault("article", "null"))
                    .collect(Collectors.toSet());
            assertThat(found).as(law).isEqualTo(expected);
        }
    }

    @Test
    void itemsOnAnArticleIncludeThoseLinkedToOneOfItsParagraphs() {
        Map<String, Long> byArticle = csv.stream().filter(r -> r.law().equals("行政许可法"))
                .collect(Collectors.groupingBy(LinkFixtures.Row::article, Collectors.counting()));
        String article = byArticle.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Set<String> expected = csv.stream().filter(r -> r.law().equals("行政许可法") && r.article().equals(article))
                .map(r -> r.item() + " " + r.paragraph()).collect(Collectors.toSet());
        Set<String> found = rows("items-on-article", Map.of("law", "行政许可法", "article", article)).stream()
                .map(r -> r.get("notation") + " " + r.getOrDefault("paragraph", "")).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(found).isEqualTo(expected);
        assertThat(rows("items-on-article", Map.of("law", "行政许可法", "article", "999"))).isEmpty();
    }

    @Test
    void lawsAreRankedByTheItemsRestingOnThem() {
        Map<String, Set<String>> items = new HashMap<>();
        Map<String, Integer> links = new HashMap<>();
        csv.stream().filter(r -> !r.none()).forEach(r -> {
            items.computeIfAbsent(r.law(), k -> new HashSet<>()).add(r.item());
            links.merge(r.law(), 1, Integer::sum);
        });
        List<Map<String, String>> rows = rows("laws-ranked", Map.of());
        assertThat(rows).hasSize(items.size());
        for (Map<String, String> row : rows) {
            assertThat(Integer.parseInt(row.get("items"))).as(row.get("law")).isEqualTo(items.get(row.get("law")).size());
            assertThat(Integer.parseInt(row.get("links"))).as(row.get("law")).isEqualTo(links.get(row.get("law")));
        }
        assertThat(rows).extracting(r -> Integer.parseInt(r.get("items"))).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void noItemIsWithoutBothALinkAndAReasonAndTheNoneItemsAreThoseOfTheFiles() {
        List<Map<String, String>> rows = rows("items-without-basis", Map.of());
        assertThat(rows).noneMatch(r -> r.get("status").equals("missing"));
        Set<String> none = csv.stream().filter(LinkFixtures.Row::none).map(LinkFixtures.Row::item).collect(Collectors.toSet());
        assertThat(rows).extracting(r -> r.get("notation")).containsExactlyInAnyOrderElementsOf(none);
        assertThat(rows).allMatch(r -> r.get("status").equals("none") && !r.get("reason").isBlank());
    }

    @Test
    void unresolvedCitationsAreTheBookTitlesThatNameNoShippedLaw() {
        Set<String> shipped = new HashSet<>(LinkFixtures.slugs().keySet());
        shipped.addAll(LinkFixtures.fullTitles().values());
        Set<String> expected = new LinkedHashSet<>();
        Pattern title = Pattern.compile("《([^》]*)》");
        for (Checklist.Item item : framework.parse().items()) {
            Matcher m = title.matcher(item.text());
            while (m.find()) {
                if (!shipped.contains(m.group(1))) {
                    expected.add(item.notation() + " " + m.group(1));
                }
            }
        }
        Set<String> found = rows("citations-unresolved", Map.of()).stream()
                .map(r -> r.get("notation") + " " + r.get("title")).collect(Collectors.toSet());
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void driftListsTheVersionChangesAfterTheReferenceDate() {
        List<Map<String, String>> rows = rows("drift", Map.of("referenceDate", "2016-01-01"));
        Set<String> changes = rows.stream().filter(r -> !r.get("change").equals("enacted-after-reference"))
                .map(r -> r.get("notation") + " " + r.get("law") + " " + r.get("article") + " " + r.get("change")
                        + " " + r.get("laterLaw") + " " + r.get("laterVersion"))
                .collect(Collectors.toSet());
        // What followed each linked version, read from the file names and succession.csv.
        Set<String> expected = csv.stream().map(r -> new Object[] {r, LinkFixtures.follower(r, "2016-01-01")})
                .filter(p -> p[1] != null).map(p -> {
                    LinkFixtures.Row r = (LinkFixtures.Row) p[0];
                    String[] f = (String[]) p[1];
                    return r.item() + " " + r.law() + " " + r.article() + " " + f[1] + " " + f[0] + " " + f[2];
                }).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(changes).isEqualTo(expected);

        long after = csv.stream().filter(r -> !r.none())
                .filter(r -> (r.version().isEmpty() ? onlyVersion(r.law()) : r.version()).compareTo("2016-01-01") > 0).count();
        assertThat(rows).filteredOn(r -> r.get("change").equals("enacted-after-reference")).hasSize((int) after);
        assertThat(rows("drift", Map.of("referenceDate", "2100-01-01"))).isEmpty();
    }

    @Test
    void theArticlesOfAVersionAreThoseOfItsText() {
        String file = DataFiles.list("data/laws/texts/**/行政复议法(2023-09-01).md").stream()
                .map(LinkFixtures::text).findFirst().orElseThrow();
        long articles = file.lines().filter(l -> l.matches("^第[零一二三四五六七八九十百千]+条.*")).count();
        List<Map<String, String>> rows = rows("provisions-of-version",
                Map.of("version", "https://w3id.org/yifa/id/law/xingzheng-fuyi-fa/2023-09-01"));
        assertThat(rows).hasSize((int) articles);
        assertThat(rows.get(0).get("number")).isEqualTo("1");
        assertThat(rows.get(rows.size() - 1).get("number")).isEqualTo(String.valueOf(articles));
    }

    private String onlyVersion(String law) {
        return LinkFixtures.versionDates(dataset, LinkFixtures.slugs().get(law)).values().iterator().next();
    }

    private List<Map<String, String>> rows(String name, Map<String, String> params) {
        return LinkFixtures.rows(dataset, queries, name, params);
    }
}
