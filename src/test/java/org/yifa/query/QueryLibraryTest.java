package org.yifa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.framework.parse.Checklist;
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
    void internalQueriesSayPublicFalseAndAtLeast25AreOffered() throws Exception {
        assertThat(queries.get("closure-types").isPublic()).isFalse();
        assertThat(queries.get("assessment-items").isPublic()).isFalse();
        assertThat(queries.get("items-of-area").isPublic()).isTrue();
        // The header line decides, and nothing else: count the files that carry it.
        long internal;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("queries"))) {
            internal = files.filter(f -> f.toString().endsWith(".rq")).filter(f -> {
                try {
                    return java.nio.file.Files.readString(f).lines().anyMatch(l -> l.strip().equals("# public: false"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertThat(queries.all().size() - queries.publicQueries().size()).isEqualTo(internal);
        // The twin's queries serve tests only (src/test/resources/twin-queries): neither shipped nor offered.
        assertThat(queries.all()).extracting(NamedQuery::name).noneMatch(n -> n.startsWith("twin-"));
        assertThat(queries.publicQueries()).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(q -> assertThat(q.query().isSelectType()).as(q.name()).isTrue())
                .allSatisfy(q -> assertThat(q.parameters()).extracting(NamedQuery.Parameter::name)
                        .as(q.name()).doesNotContain(QueryController.FORMAT));
    }

    @Test
    void everyPublicQueryHasATestOfItsAnswer() throws Exception {
        // A test names the query it runs ("items-of-area"), here or in the package of its feature.
        StringBuilder tests = new StringBuilder();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/java"))) {
            for (var f : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                tests.append(java.nio.file.Files.readString(f));
            }
        }
        assertThat(queries.publicQueries()).allSatisfy(q ->
                assertThat(tests.toString()).as(q.name()).contains("\"" + q.name() + "\""));
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
    void aTableKeepsItsVariablesAlsoWhenItHasNoRows() {
        var empty = queries.table("items-with-keyword", Map.of("keyword", "没有这个词组"));
        assertThat(empty.getResultVars()).containsExactly("notation", "text");
        assertThat(empty.hasNext()).isFalse();
        var full = queries.table("items-of-area", Map.of("area", "4"));
        assertThat(full.size()).isEqualTo(queries.select("items-of-area", Map.of("area", "4")).size());
    }

    @Test
    void iriParametersMustBeIrisAndMayComeInAngleBrackets() {
        String bare = "https://w3id.org/yifa/id/unit-type/government";
        int rows = queries.select("unit-type-obligations", Map.of("unitType", bare)).size();
        assertThat(rows).isPositive();
        assertThat(queries.select("unit-type-obligations", Map.of("unitType", "<" + bare + ">"))).hasSize(rows);
        assertThatThrownBy(() -> queries.select("unit-type-obligations", Map.of("unitType", "government")))
                .hasMessageContaining("'unitType'").hasMessageContaining("IRI");
        assertThatThrownBy(() -> queries.select("items-on-article", Map.of("law", "行政许可法", "article", "十二")))
                .hasMessageContaining("'article' must be an integer");
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        assertThatThrownBy(() -> queries.select("items-of-area", Map.of()))
                .hasMessageContaining("needs parameter 'area'");
        assertThatThrownBy(() -> queries.select("items-of-area", Map.of("area", "1", "year", "2016")))
                .hasMessageContaining("no parameter 'year'");
        assertThatThrownBy(() -> queries.select("no-such-query")).isInstanceOf(UnknownQueryException.class);
    }

    @Test
    void oneQueryForManyValuesOfAParameterGivesTheRowsOfAQueryPerValue() {
        List<String> areas = List.of("2", "4", "9");
        List<String> each = areas.stream().flatMap(a -> queries.select("items-of-area", Map.of("area", a)).stream())
                .map(r -> r.getLiteral("notation").getString()).sorted().toList();
        assertThat(each).isNotEmpty();
        assertThat(queries.selectEach("items-of-area", "area", areas)).extracting(r -> r.getLiteral("notation").getString())
                .containsExactlyInAnyOrderElementsOf(each);
        assertThat(queries.selectEach("items-of-area", "area", List.of())).isEmpty();
        assertThat(queries.selectEach("items-of-area", "area", List.of("4\" } UNION { ?item ?p ?o"))).isEmpty();
        assertThatThrownBy(() -> queries.selectEach("items-of-area", "year", areas)).hasMessageContaining("no parameter 'year'");
        assertThatThrownBy(() -> queries.selectEach("unit-type-obligations", "unitType", List.of("government")))
                .hasMessageContaining("'unitType'").hasMessageContaining("IRI");
    }
}
