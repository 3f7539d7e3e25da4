package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;

/** The {@code provisions} and {@code legalBasisNote} sections of {@code GET /api/items/{notation}}. */
@YifaSpringTest
class ItemProvisionsTest {

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    private final List<LinkFixtures.Row> csv = LinkFixtures.curatedRows();

    @Test
    void anItemNamingALawCitesItsWorkBesidesItsCuratedArticles() {
        for (String[] example : new String[][] {{"6.8", "人民调解法"}, {"5.18", "国家赔偿法"}}) {
            List<Map<String, Object>> provisions = provisions(example[0]);
            assertThat(provisions).filteredOn("provenance", "extracted").singleElement().satisfies(p -> assertThat(p)
                    .containsEntry("law", example[1]).containsEntry("kind", "cites").containsEntry("article", null)
                    .containsEntry("version", null).containsEntry("citedText", example[1])
                    .containsEntry("resolved", true)
                    .containsEntry("iri", "https://w3id.org/yifa/id/law/" + LinkFixtures.slugs().get(example[1])));
            assertThat(curated(provisions)).isEqualTo(fromCsv(example[0]));
        }
    }

    @Test
    void everyCuratedFieldComesFromTheLinkFile() {
        LinkFixtures.Row row = csv.stream().filter(r -> r.item().equals("1.4") && !r.paragraph().isEmpty())
                .findFirst().orElseThrow();
        Map<String, Object> p = provisions("1.4").stream()
                .filter(x -> x.get("article").equals(Integer.parseInt(row.article()))).findFirst().orElseThrow();
        String iri = "https://w3id.org/yifa/id/law/" + LinkFixtures.slugs().get(row.law()) + "/" + row.version()
                + "/art/" + row.article() + "/para/" + row.paragraph();
        assertThat(p).containsEntry("law", row.law()).containsEntry("version", row.version())
                .containsEntry("paragraph", Integer.parseInt(row.paragraph())).containsEntry("iri", iri)
                .containsEntry("kind", row.kind()).containsEntry("provenance", "curated")
                .containsEntry("rationale", row.rationale()).containsEntry("quote", row.quote())
                .containsEntry("verified", row.verified().equals("yes"));
    }

    @Test
    void theConstitutionHasTheVersionDateOfTheGraph() {
        LinkFixtures.Row row = csv.stream().filter(r -> r.law().equals("宪法")).findFirst().orElseThrow();
        String version = LinkFixtures.versionDates(dataset, "xianfa").values().iterator().next();
        assertThat(provisions(row.item())).filteredOn("law", "宪法").filteredOn("provenance", "curated")
                .isNotEmpty().allSatisfy(p -> assertThat(p).containsEntry("version", version));
    }

    @Test
    void anUnresolvedInstrumentIsListedUnderItsTitleAsWritten() {
        List<Map<String, Object>> provisions = provisions("3.1");
        assertThat(provisions).filteredOn("provenance", "extracted").extracting(p -> p.get("law"))
                .containsExactly("××省重大行政决策程序规定", "××市人民政府重大行政决策程序规定");
        assertThat(provisions).filteredOn("provenance", "extracted").allSatisfy(p -> assertThat(p)
                .containsEntry("resolved", false).containsEntry("article", null).containsEntry("kind", "cites")
                .containsEntry("citedText", "《" + p.get("law") + "》")
                .containsEntry("iri", LinkGraph.instrumentIri((String) p.get("law"))));
    }

    @Test
    void anItemWithoutProvisionsSaysWhy() {
        LinkFixtures.Row none = csv.stream().filter(LinkFixtures.Row::none).findFirst().orElseThrow();
        Map<String, Object> item = item(none.item());
        assertThat(item).containsEntry("legalBasisNote", none.rationale());
        assertThat((List<?>) item.get("provisions")).isEmpty();
        assertThat(item("6.8")).containsEntry("legalBasisNote", null);
    }

    private Set<String> fromCsv(String notation) {
        return csv.stream().filter(r -> r.item().equals(notation))
                .map(r -> r.law() + " " + r.version() + " " + r.article() + " " + r.paragraph() + " " + r.kind())
                .collect(Collectors.toSet());
    }

    private static Set<String> curated(List<Map<String, Object>> provisions) {
        return provisions.stream().filter(p -> p.get("provenance").equals("curated"))
                .map(p -> p.get("law") + " " + p.get("version") + " " + p.get("article") + " "
                        + (p.get("paragraph") == null ? "" : p.get("paragraph")) + " " + p.get("kind"))
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> provisions(String notation) {
        return (List<Map<String, Object>>) item(notation).get("provisions");
    }

    private Map<String, Object> item(String notation) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/items/{n}", notation).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }
}
