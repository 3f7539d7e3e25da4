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
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;
import org.yifa.store.StoreLoader;
import org.yifa.testing.YifaSpringTest;

/** The law graph as loaded into the store at start-up, read back through the query library. */
@YifaSpringTest
class LawStoreTest {

    @Autowired
    LawQueries queries;
    @Autowired
    Dataset dataset;
    @Autowired
    StoreLoader loader;

    @Test
    void theStoreHoldsEveryArticleOfEveryShippedText() {
        for (Path file : LawTexts.files()) {
            String version = versionIri(file);
            List<LawQueries.Row> articles = queries.select("law-articles", Map.of("version", version));
            assertThat(articles).as(file.getFileName().toString()).hasSize((int) LawTexts.articleLines(file));
            assertThat(articles.stream().map(r -> r.integer("ordinal")).toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, articles.size()).boxed().toList());
        }
    }

    @Test
    void everyVersionIsListedWithItsWork() {
        List<LawQueries.Row> rows = queries.select("laws-list");
        assertThat(rows).hasSize(LawTexts.versionCount());
        Map<String, Long> versionsPerLaw = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("shortTitle"), Collectors.counting()));
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
                List<LawQueries.Row> rows = queries.select("law-version-in-force", Map.of("law", law, "date", day));
                assertThat(rows.stream().map(r -> r.get("versionDate")).findFirst())
                        .as("%s on %s", law, day).isEqualTo(expected);
            }
        }
        // Spelled out: only 立法法 has a shipped version as old as 2016.
        assertThat(queries.select("law-version-in-force", Map.of("law", "立法法", "date", "2016-01-01")))
                .extracting(r -> r.get("version"))
                .containsExactly("https://w3id.org/yifa/id/law/lifa-fa/2015-03-15");
        assertThat(queries.select("law-version-in-force", Map.of("law", "行政复议法", "date", "2024-01-01")))
                .extracting(r -> r.get("version"))
                .containsExactly("https://w3id.org/yifa/id/law/xingzheng-fuyi-fa/2023-09-01");
        assertThat(queries.select("law-version-in-force", Map.of("law", "行政复议法", "date", "2016-01-01"))).isEmpty();
    }

    @Test
    void flkIdsAreAttachedToTheVersionsTheyName() throws IOException {
        Map<String, LawQueries.Row> byVersion = queries.select("laws-list").stream()
                .collect(Collectors.toMap(r -> r.get("version"), r -> r));
        int attached = 0;
        List<String> lines = Files.readAllLines(Path.of("data/laws/flk-ids.csv"));
        for (String line : lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.split(",");
            // The shipped text whose title line and file date are those of the row, if any.
            Optional<Path> text = LawTexts.files().stream()
                    .filter(f -> LawTexts.read(f).startsWith("# " + cells[0] + "\n"))
                    .filter(f -> cells[1].equals(LawTexts.versionDate(f)))
                    .findFirst();
            if (text.isEmpty()) {
                continue; // a version in data/laws/flk: its id is checked by CatalogFactsTest
            }
            LawQueries.Row row = byVersion.get(LawTexts.versionIri(text.get()));
            assertThat(row.get("flkId")).as(line).isEqualTo(cells[2]);
            assertThat(row.get("page")).isEqualTo("https://flk.npc.gov.cn/detail?bbbs=" + cells[2]);
            attached++;
        }
        assertThat(attached).isPositive();
        // The catalog gives the other versions their pages (CatalogFactsTest).
        assertThat(byVersion.values().stream().filter(r -> r.get("page") != null).count()).isGreaterThan(attached);
    }

    @Test
    void newerVersionsAmendOlderOnesAndNewInstrumentsReplaceRepealedOnes() {
        LawQueries.Row fuyi = queries.select("law-version", Map.of("version", LAW + "xingzheng-fuyi-fa/2023-09-01")).get(0);
        assertThat(fuyi.get("amends")).isEqualTo(LAW + "xingzheng-fuyi-fa/2017-09-01");
        assertThat(fuyi.get("inForce")).isEqualTo("2024-01-01");
        assertThat(fuyi.get("levelName")).isEqualTo("法律");
        assertThat(fuyi.integer("articles")).isEqualTo((int) LawTexts.articleLines(LawTexts.file("行政复议法(2023-09-01).md")));

        assertThat(queries.select("law-version", Map.of("version", LAW + "lifa-fa/2023-03-13")))
                .extracting(r -> r.get("amends")).containsOnly(LAW + "lifa-fa/2015-03-15");
        assertThat(queries.select("law-version", Map.of("version", LAW + "xinfang-gongzuo-tiaoli/2022-02-25")))
                .extracting(r -> r.get("replaces")).containsExactly(LAW + "xinfang-tiaoli/2005-01-10");
        List<LawQueries.Row> beian = queries.select("law-version",
                Map.of("version", LAW + "fagui-guizhang-beian-shencha-tiaoli/2024-08-30"));
        assertThat(beian).extracting(r -> r.get("replaces")).containsExactly(LAW + "fagui-guizhang-beian-tiaoli/2001-12-14");
        assertThat(beian).extracting(r -> r.get("amends")).containsOnlyNulls();
    }

    @Test
    void oneProvisionIsFoundWithItsVersion() {
        Path file = LawTexts.file("行政许可法(2019-04-23).md");
        String version = LawTexts.versionIri(file);
        List<LawQueries.Row> rows = queries.select("provision", Map.of("provision", version + "/art/12"));
        assertThat(rows).hasSize(1);
        LawQueries.Row row = rows.get(0);
        assertThat(row.get("type")).endsWith("#Article");
        assertThat(row.get("numberZh")).isEqualTo("第十二条");
        assertThat(row.get("text")).isEqualTo(LawTexts.articleText(file, "第十二条"));
        assertThat(row.get("version")).isEqualTo(version);
        assertThat(row.get("parent")).isEqualTo(version + "/chapter/2");
        assertThat(row.get("shortTitle")).isEqualTo("行政许可法");

        LawQueries.Row chapter = queries.select("provision", Map.of("provision", version + "/chapter/1")).get(0);
        assertThat(chapter.get("heading")).isEqualTo("总则");
        assertThat(queries.select("provision", Map.of("provision", version + "/art/999"))).isEmpty();
    }

    @Test
    void itemsRestingOnAnArticleOrItsParagraphsAreFound() {
        String article = LAW + "xingzheng-xuke-fa/2019-04-23/art/20";
        Node graph = NodeFactory.createURI("urn:test:law-store-items");
        Node item = NodeFactory.createURI(Yf.ID + "model-unit-goals/item/1.1");
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph()
                .add(graph, item, Yf.prop("restsOn").asNode(), NodeFactory.createURI(article + "/para/1")));
        try {
            assertThat(queries.select("provision-items", Map.of("provision", article)))
                    .anySatisfy(r -> {
                        assertThat(r.get("item")).isEqualTo(item.getURI());
                        assertThat(r.get("notation")).isEqualTo("1.1");
                        assertThat(r.get("restsOn")).isEqualTo(article + "/para/1");
                    });
            assertThat(queries.select("provision-items", Map.of("provision", article + "/para/2")))
                    .noneMatch(r -> r.get("restsOn").equals(article + "/para/1"));
        } finally {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(graph));
        }
    }

    @Test
    void aRejectedLoadLeavesTheStoreAsItWas(@TempDir Path root) throws IOException {
        Path laws = Files.createDirectories(root.resolve("data/laws/texts/行政法"));
        for (String csv : List.of("laws.csv", "catalog.csv", "flk-ids.csv")) {
            Files.copy(Path.of("data/laws", csv), root.resolve("data/laws").resolve(csv));
        }
        Files.writeString(root.resolve("data/laws/succession.csv"),
                "newer,newer_version,older,older_version,relation,evidence,provenance\n");
        Files.copy(LawTexts.file("行政许可法(2019-04-23).md"), laws.resolve("行政许可法(2019-04-23).md"));
        Files.writeString(laws.resolve("行政强制法(2011-06-30).md"), """
                # 中华人民共和国行政强制法

                <!-- INFO END -->

                第一条 为了测试。

                第一条 又是第一条。
                """);
        Node lawGraph = NodeFactory.createURI(LawIris.GRAPH);
        long before = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(lawGraph).size());

        assertThatThrownBy(() -> loader.refresh(new LawSource(LawFiles.directory(root))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("data/laws/texts/行政法/行政强制法(2011-06-30).md:7:");

        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(lawGraph).size())).isEqualTo(before);
        assertThat(queries.select("laws-list")).hasSize(LawTexts.versionCount());
    }

    private static final String LAW = "https://w3id.org/yifa/id/law/";

    private static String versionIri(Path file) {
        return LawTexts.versionIri(file);
    }
}
