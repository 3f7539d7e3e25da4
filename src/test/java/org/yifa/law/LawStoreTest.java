package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;
import org.yifa.store.StoreLoader;

/** The law graph as loaded into the store at start-up, read back through the query library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yifa.fuseki.port=0", "yifa.store.dir=target/test-store/${random.uuid}"})
class LawStoreTest {

    @Autowired
    QueryLibrary queries;
    @Autowired
    Dataset dataset;
    @Autowired
    StoreLoader loader;

    @Test
    void theStoreHoldsEveryArticleOfEveryShippedText() {
        for (Path file : LawTexts.files()) {
            String version = versionIri(file);
            List<QuerySolution> articles = queries.select("law-articles", Map.of("version", version));
            assertThat(articles).as(file.getFileName().toString()).hasSize((int) LawTexts.articleLines(file));
            assertThat(articles.stream().map(r -> r.getLiteral("ordinal").getInt()).toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, articles.size()).boxed().toList());
        }
    }

    @Test
    void everyVersionIsListedWithItsWork() {
        List<QuerySolution> rows = queries.select("laws-list");
        assertThat(rows).hasSize(LawTexts.files().size());
        Map<String, Long> versionsPerLaw = rows.stream()
                .collect(Collectors.groupingBy(r -> r.getLiteral("shortTitle").getString(), Collectors.counting()));
        assertThat(versionsPerLaw).containsEntry("行政复议法", 2L).containsEntry("立法法", 2L).containsEntry("宪法", 1L);
        assertThat(versionsPerLaw).hasSize((int) LawTexts.files().stream().map(LawTexts::shortTitle).distinct().count());
    }

    @Test
    void theVersionInForceIsTheLatestDatedOnOrBeforeTheDay() {
        for (String law : List.of("行政复议法", "立法法")) {
            for (String day : List.of("2016-01-01", "2024-01-01")) {
                Optional<String> expected = LawTexts.files().stream()
                        .filter(f -> LawTexts.shortTitle(f).equals(law))
                        .map(LawTexts::fileDate)
                        .filter(d -> d.compareTo(day) <= 0)
                        .max(String::compareTo);
                List<QuerySolution> rows = queries.select("law-version-in-force", Map.of("law", law, "date", day));
                assertThat(rows.stream().map(r -> r.getLiteral("versionDate").getLexicalForm()).findFirst())
                        .as("%s on %s", law, day).isEqualTo(expected);
            }
        }
        // Spelled out: only 立法法 has a shipped version as old as 2016.
        assertThat(queries.select("law-version-in-force", Map.of("law", "立法法", "date", "2016-01-01")))
                .extracting(r -> r.getResource("version").getURI())
                .containsExactly("https://w3id.org/yifa/id/law/lifa-fa/2015-03-15");
        assertThat(queries.select("law-version-in-force", Map.of("law", "行政复议法", "date", "2024-01-01")))
                .extracting(r -> r.getResource("version").getURI())
                .containsExactly("https://w3id.org/yifa/id/law/xingzheng-fuyi-fa/2023-09-01");
        assertThat(queries.select("law-version-in-force", Map.of("law", "行政复议法", "date", "2016-01-01"))).isEmpty();
    }

    private static String versionIri(Path file) {
        return LawTexts.versionIri(file);
    }
}
