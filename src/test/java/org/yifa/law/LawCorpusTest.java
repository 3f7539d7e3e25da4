package org.yifa.law;

import org.yifa.rdf.Eli;
import org.yifa.rdf.Yf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped data files read together: succession, flk ids, levels, and the graph written from them. */
class LawCorpusTest {

    static LawCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = LawCorpus.load(LawFiles.directory(Path.of(".")));
    }

    @Test
    void everySuccessionRowIsBackedByItsQuoteOrMarkedCurated() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("data/laws/succession.csv"));
        assertThat(rows.get(0)).isEqualTo("newer,newer_version,older,older_version,relation,evidence,provenance");
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            assertThat(c).as(row).hasSize(7);
            assertThat(c[4]).isIn("amends", "replaces");
            assertThat(c[6]).isIn("text", "curated");
            Path newer = LawTexts.file(c[0] + "(" + c[1] + ").md");
            LawTexts.file(c[2] + "(" + c[3] + ").md");
            if (c[6].equals("text")) {
                assertThat(LawTexts.read(newer)).as(row).contains(c[5]);
                assertThat(c[5]).isNotBlank();
            } else {
                assertThat(c[5]).isEmpty();
            }
            if (c[4].equals("replaces") && c[6].equals("curated")) {
                // Curated because the newer text does not repeal the older one in its own words.
                assertThat(LawTexts.read(newer)).doesNotContain("《" + c[2] + "》同时废止");
            }
        }
        assertThat(corpus.successions()).hasSize(rows.size() - 1);
    }

    @Test
    void theNewerTextsThatRepealTheirPredecessorSaySoInTheirLastArticle() {
        LawText beian = corpus.version("法规规章备案审查条例", java.time.LocalDate.parse("2024-08-30")).orElseThrow().text();
        LawText.Article last = beian.articles().get(beian.articles().size() - 1);
        assertThat(last.text()).contains("《法规规章备案条例》同时废止");
        assertThat(corpus.latest("宪法").orElseThrow().date()).hasToString(LawTexts.versionDate(LawTexts.file("宪法.md")));
        assertThat(corpus.latest("xingzheng-fuyi-fa").orElseThrow().date()).hasToString("2023-09-01");
        LawText xinfang = corpus.version("信访工作条例", java.time.LocalDate.parse("2022-02-25")).orElseThrow().text();
        assertThat(xinfang.articles()).noneMatch(a -> a.text().contains("废止"));
    }

    @Test
    void levelsComeFromTheCatalog() throws IOException {
        List<String> catalog = Files.readAllLines(Path.of("data/laws/catalog.csv"));
        for (LawCorpus.Version v : corpus.versions()) {
            String row = catalog.stream().filter(l -> l.startsWith(v.shortTitle() + ",")).findFirst().orElseThrow();
            assertThat(v.level()).as(v.shortTitle()).isEqualTo(row.split(",")[1]);
        }
    }

    @Test
    void theGraphLinksVersionsAndRecordsOnlyDatesTheTextGives() {
        Model m = LawGraph.of(corpus);
        Resource fuyi2023 = m.createResource(LawIris.version("xingzheng-fuyi-fa", java.time.LocalDate.parse("2023-09-01")));
        Resource fuyi2017 = m.createResource(LawIris.version("xingzheng-fuyi-fa", java.time.LocalDate.parse("2017-09-01")));
        assertThat(m.contains(fuyi2023, Yf.amends, fuyi2017)).isTrue();
        assertThat(m.contains(fuyi2023, Yf.replaces, fuyi2017)).isTrue();
        assertThat(m.contains(fuyi2017, Yf.amends, fuyi2023)).isFalse();

        // 法规规章备案审查条例 has an empty header: no adoption or publication date, no issuing body.
        Resource beian = m.createResource(LawIris.version("fagui-guizhang-beian-shencha-tiaoli", java.time.LocalDate.parse("2024-08-30")));
        assertThat(m.contains(beian, Eli.dateDocument)).isFalse();
        // Its publication date is the national database's (data/laws/flk-catalog.csv).
        assertThat(m.getProperty(beian, Eli.datePublication).getString()).isEqualTo(corpus.versions().stream()
                .filter(v -> v.iri().equals(beian.getURI())).findFirst().orElseThrow().catalog().published().toString());
        assertThat(m.contains(beian, Eli.passedBy)).isFalse();
        assertThat(m.getProperty(beian, Eli.firstDateEntryInForce).getString()).isEqualTo("2024-11-01");

        // Every article has its paragraphs, and the article's text is theirs joined.
        long articles = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Yf.Article).toList().size();
        long expected = LawTexts.files().stream().mapToLong(LawTexts::articleLines).sum()
                + FlkReaderTest.flkFiles().stream().mapToLong(f -> LawTexts.read(f).lines().filter(l -> l.startsWith("- **第")).count()).sum();
        assertThat(articles).isEqualTo(expected);
        assertThat(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Yf.Paragraph).toList())
                .hasSize(corpus.versions().stream().mapToInt(v -> v.text().paragraphCount()).sum());
    }

    @Test
    void slugsAreHyphenSeparatedPartsOfLowerCaseLettersAndDigits() {
        assertThat(LawCorpus.isSlug("xingzheng-fuyi-fa")).isTrue();
        assertThat(LawCorpus.isSlug("fa2021")).isTrue();
        for (String bad : List.of("", "-fa", "fa-", "xingzheng--fa", "Fa", "行政复议法", "fa_fa")) {
            assertThat(LawCorpus.isSlug(bad)).as("'%s'", bad).isFalse();
        }
        // A damaged laws.csv cell found by LawReaderFuzzTest: a regex with a repeated group overflowed the stack.
        String long_ = "xingzheng" + "-0000-00-00".repeat(40_000) + "x";
        assertThat(LawCorpus.isSlug(long_)).isTrue();
        assertThat(LawCorpus.isSlug(long_ + "--")).isFalse();
    }
}
