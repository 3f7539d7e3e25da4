package org.yifa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.YifaSpringTest;
import org.yifa.framework.Checklist;
import org.yifa.framework.FrameworkSource;

@YifaSpringTest
class QueryLibraryTest {

    @Autowired
    QueryLibrary queries;
    @Autowired
    FrameworkSource source;

    @Test
    void everyQueryHasATitleAndAQuestion() {
        assertThat(queries.all()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.title()).as(q.name()).isNotBlank();
            assertThat(q.question()).as(q.name()).endsWith("?");
        });
    }

    @Test
    void theOutlineListsEveryGoalInDocumentOrderWithItsItemCount() {
        Checklist checklist = source.parse();
        List<String> expected = checklist.areas().stream().flatMap(a -> a.goals().stream())
                .map(g -> g.notation() + " " + g.title() + " " + g.items().size()).toList();
        List<String> outline = queries.select("framework-outline").stream()
                .map(r -> r.getLiteral("goalNotation").getString() + " " + r.getLiteral("goalTitle").getString()
                        + " " + r.getLiteral("items").getInt()).toList();
        assertThat(outline).isEqualTo(expected);
    }

    @Test
    void itemsOfOnePartComeInOrder() {
        List<String> expected = source.parse().items().stream().filter(i -> i.area() == 4)
                .map(Checklist.Item::notation).toList();
        assertThat(queries.select("items-of-area", Map.of("area", "4")))
                .extracting(r -> r.getLiteral("notation").getString()).isEqualTo(expected).hasSize(13);
    }

    @Test
    void aKeywordFindsExactlyTheItemsWhoseTextHoldsIt() {
        List<String> expected = source.parse().items().stream().filter(i -> i.text().contains("合法性审查"))
                .map(Checklist.Item::notation).toList();
        assertThat(expected).contains("2.1", "3.8");
        assertThat(queries.select("items-with-keyword", Map.of("keyword", "合法性审查")))
                .extracting(r -> r.getLiteral("notation").getString()).isEqualTo(expected);
    }

    @Test
    void parameterValuesAreBoundAsValuesNotQueryText() {
        List<QuerySolution> injected = queries.select("items-with-keyword",
                Map.of("keyword", "\") || true || CONTAINS(\"x"));
        assertThat(injected).isEmpty();
        assertThat(queries.select("item", Map.of("notation", "1.1\" } UNION { ?item ?p ?o"))).isEmpty();
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        assertThatThrownBy(() -> queries.select("items-of-area", Map.of()))
                .hasMessageContaining("needs parameter 'area'");
        assertThatThrownBy(() -> queries.select("items-of-area", Map.of("area", "1", "year", "2016")))
                .hasMessageContaining("no parameter 'year'");
        assertThatThrownBy(() -> queries.select("no-such-query")).isInstanceOf(UnknownQueryException.class);
    }
}
