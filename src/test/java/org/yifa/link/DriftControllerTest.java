package org.yifa.link;

import org.yifa.law.TextSimilarity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class DriftControllerTest {

    private static final String REFERENCE = "2016-01-01";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    private List<Map<String, Object>> drift;
    private final List<LinkFixtures.Row> csv = LinkFixtures.curatedRows();

    @BeforeEach
    void get() {
        drift = RestClient.create("http://localhost:" + port).get().uri("/api/drift").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    }

    @Test
    void theLawsThatChangedAreReportedWhereverItemsRestOnThemWithTheDatesOfTheGraph() {
        // What followed each linked version (the law that followed it, and how), read from the files.
        Map<String, String> slugs = LinkFixtures.slugs();
        int checked = 0;
        for (LinkFixtures.Row row : csv) {
            String[] follower = LinkFixtures.follower(row, REFERENCE);
            if (follower == null) {
                continue;
            }
            // The newest version of the following law, as the graph dates it, is the one the files name.
            List<String> dates = new ArrayList<>(LinkFixtures.versionDates(dataset, slugs.get(follower[0])).values());
            String newest = dates.stream().max(String::compareTo).orElseThrow();
            assertThat(newest).isEqualTo(follower[2]).isGreaterThan(row.version()).isGreaterThan(REFERENCE);
            List<Map<String, Object>> entries = entries(row).stream()
                    .filter(e -> !e.get("change").equals("enacted-after-reference")).toList();
            assertThat(entries).as(row.toString()).singleElement().satisfies(e -> {
                String change = (String) e.get("change");
                if (follower[1].equals("amended")) {
                    assertThat(change).isIn("amended", "renumbered");
                } else {
                    assertThat(change).isEqualTo("replaced");
                }
                Map<String, Object> before = map(e, "before");
                Map<String, Object> after = map(e, "after");
                assertThat(before).containsEntry("law", row.law()).containsEntry("version", row.version())
                        .containsEntry("article", Integer.parseInt(row.article()));
                assertThat(after).containsEntry("law", follower[0]).containsEntry("version", newest)
                        .containsEntry("date", newest);
            });
            checked++;
        }
        assertThat(checked).isPositive();
        // Every change the report lists is one the files predict.
        long predicted = csv.stream().filter(r -> LinkFixtures.follower(r, REFERENCE) != null).count();
        assertThat(drift.stream().filter(e -> !e.get("change").equals("enacted-after-reference")).count())
                .isEqualTo(predicted);
    }

    @Test
    void anAmendedArticleIsMatchedByItsTextAndRenumberedWhenItsNumberMoved() {
        List<Map<String, Object>> amended = drift.stream()
                .filter(e -> List.of("amended", "renumbered", "replaced").contains(e.get("change"))).toList();
        assertThat(amended).isNotEmpty();
        boolean sawRenumbering = false;
        for (Map<String, Object> e : amended) {
            Map<String, Object> before = map(e, "before");
            Map<String, Object> after = map(e, "after");
            Integer moved = (Integer) after.get("article");
            if (moved == null) {
                assertThat(e).containsEntry("articleText", "not-found");
                continue;
            }
            assertThat(((Number) e.get("similarity")).doubleValue()).isGreaterThanOrEqualTo(0.6);
            String newText = articleText(slug((String) after.get("law")), (String) after.get("version"), moved);
            assertThat(after.get("text")).isEqualTo(newText);
            boolean renumbered = !moved.equals(before.get("article"));
            assertThat(e.get("articleText")).isEqualTo(renumbered ? "renumbered"
                    : TextSimilarity.normalize(newText).equals(TextSimilarity.normalize((String) before.get("text")))
                    ? "unchanged" : "changed");
            if (e.get("change").equals("amended") || e.get("change").equals("renumbered")) {
                assertThat(e.get("change")).isEqualTo(renumbered ? "renumbered" : "amended");
            }
            // Where the curated quote survives in exactly one article, that is the article found.
            @SuppressWarnings("unchecked")
            List<Integer> quoteIn = (List<Integer>) e.get("quoteFoundIn");
            if (quoteIn.size() == 1) {
                assertThat(moved).isEqualTo(quoteIn.get(0));
            }
            sawRenumbering |= renumbered;
        }
        // 立法法 2015 → 2023 inserted articles: the linked articles moved.
        assertThat(sawRenumbering).isTrue();
    }

    @Test
    void everyLinkToAVersionNewerThanTheReferenceDateIsReportedAsSuch() {
        Map<String, String> slugs = LinkFixtures.slugs();
        long expected = csv.stream().filter(r -> !r.none()).filter(r -> {
            String version = r.version().isEmpty()
                    ? LinkFixtures.versionDates(dataset, slugs.get(r.law())).values().iterator().next() : r.version();
            return version.compareTo(REFERENCE) > 0;
        }).count();
        List<Map<String, Object>> enacted = drift.stream().filter(e -> e.get("change").equals("enacted-after-reference")).toList();
        assertThat(enacted).hasSize((int) expected);
        for (Map<String, Object> e : enacted) {
            Map<String, Object> after = map(e, "after");
            assertThat((String) after.get("date")).isGreaterThan(REFERENCE);
            assertThat(after.get("version")).isEqualTo(map(e, "provision").get("version"));
        }
        // e.g. 1.1 rests on 优化营商环境条例 (2019)
        assertThat(enacted).anySatisfy(e -> assertThat(map(e, "provision")).containsEntry("law", "优化营商环境条例"));
    }

    @Test
    void theListIsGroupedByItemInChecklistOrder() {
        List<String> keys = drift.stream().map(e -> LinkSource.sortKey((String) e.get("notation"))).toList();
        assertThat(keys).isSorted();
        // Absent members are left out ("before" when the graph holds no version at the reference date), never null.
        assertThat(drift).allSatisfy(e -> assertThat(e).containsKeys("notation", "provision", "change", "after")
                .doesNotContainValue(null));
    }

    private List<Map<String, Object>> entries(LinkFixtures.Row row) {
        return drift.stream().filter(e -> e.get("notation").equals(row.item())).filter(e -> {
            Map<String, Object> p = map(e, "provision");
            return p.get("law").equals(row.law()) && p.get("version").equals(row.version())
                    && p.get("article").equals(Integer.parseInt(row.article()))
                    && Objects.equals(p.get("paragraph"), row.paragraph().isEmpty() ? null : Integer.parseInt(row.paragraph()));
        }).toList();
    }

    private String articleText(String slug, String version, int article) {
        String iri = "https://w3id.org/yifa/id/law/" + slug + "/" + version + "/art/" + article;
        return Txn.calculateRead(dataset, () -> {
            Model laws = dataset.getNamedModel(LinkFixtures.LAWS_GRAPH);
            Resource r = laws.getResource(iri);
            return r.getProperty(ResourceFactory.createProperty(LinkFixtures.YF + "text")).getString();
        });
    }

    private static String slug(String law) {
        return LinkFixtures.slugs().get(law);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> e, String key) {
        return (Map<String, Object>) e.get(key);
    }
}
