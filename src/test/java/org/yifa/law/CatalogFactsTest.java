package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts from the national database's catalog: ids, dates, status, successors, and the disagreement report. */
class CatalogFactsTest {

    static LawCorpus corpus;
    static List<String[]> catalog = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        corpus = LawCorpus.load(LawFiles.directory(Path.of(".")));
        // title,version_date,publication_date,effective_date,status,author,group,flk_bbbs — no quoted cells.
        for (String line : Files.readAllLines(Path.of("data/laws/flk-catalog.csv")).subList(1, 1567)) {
            catalog.add(line.split(",", -1));
        }
    }

    private static List<String[]> rows(LawCorpus.Version v) {
        return catalog.stream().filter(c -> c[0].replace("中华人民共和国", "").equals(v.text().title().replace("中华人民共和国", ""))
                && c[1].equals(v.date().toString())).toList();
    }

    @Test
    void everyVersionTheCatalogKnowsLinksToItsPageWithTheCatalogsDatesAndStatus() {
        int known = 0;
        for (LawCorpus.Version v : corpus.versions()) {
            List<String[]> rows = rows(v);
            if (rows.isEmpty()) {
                continue;
            }
            known++;
            assertThat(rows.stream().map(r -> r[7])).as(v.text().file()).contains(v.flkId());
            assertThat(LawIris.nationalDatabasePage(v.flkId())).endsWith(v.flkId());
            String[] row = rows.stream().filter(r -> r[7].equals(v.flkId())).findFirst().orElseThrow();
            if (!row[3].isEmpty()) {
                assertThat(v.facts().inForce()).as(v.text().file()).hasToString(row[3]);
            }
            assertThat(v.catalog().status()).isEqualTo(row[4]);
            assertThat(v.level()).as(v.text().file()).isEqualTo(row[6]);
        }
        // Every shipped version but the two the catalog lacks (信访工作条例 is a party-and-state regulation, the
        // interpretation a court's) and 宪法 as amended in 2018 (the catalog dates the Constitution 1982).
        assertThat(known).isEqualTo(corpus.versions().size() - 3);
    }

    @Test
    void aVersionIsSupersededWhenAShippedSuccessorAmendsOrReplacesIt() {
        LawCorpus.Version xinfang = corpus.latest("信访条例").orElseThrow();
        assertThat(corpus.successor(xinfang)).map(LawCorpus.Version::shortTitle).contains("信访工作条例");
        LawCorpus.Version fuyi2017 = corpus.version("行政复议法", java.time.LocalDate.parse("2017-09-01")).orElseThrow();
        assertThat(corpus.successor(fuyi2017)).map(LawCorpus.Version::date).hasValueSatisfying(d -> assertThat(d).hasToString("2023-09-01"));
        // A flk export and a text of one law are versions of one work.
        LawCorpus.Version tiaoli = corpus.version("行政复议法实施条例", java.time.LocalDate.parse("2007-05-29")).orElseThrow();
        assertThat(corpus.successor(tiaoli)).map(LawCorpus.Version::shape).contains("flk");
        assertThat(corpus.latest("行政复议法").flatMap(corpus::successor)).isEmpty();
    }

    @Test
    void theDisagreementReportIsUpToDate() throws IOException {
        Path report = Path.of("data/laws/catalog-disagreements.txt");
        List<String> header = Files.readAllLines(report).stream().filter(l -> l.startsWith("#")).toList();
        List<String> expected = new ArrayList<>(header);
        expected.addAll(corpus.disagreements());
        if (Boolean.getBoolean("yifa.regenerate")) {
            Files.write(report, expected);
        }
        assertThat(Files.readAllLines(report)).isEqualTo(expected);
        // Each line names a shipped file.
        corpus.disagreements().forEach(d -> assertThat(Path.of(d.substring(0, d.indexOf(" (")))).exists());
    }
}
