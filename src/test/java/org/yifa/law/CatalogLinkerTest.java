package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLinkerTest {

    @Test
    void everyShippedVersionIsFoundInTheShippedCatalog() throws IOException {
        String csv = Files.readString(Path.of("data/laws/catalog.csv"));
        CatalogLinker.Report report = CatalogLinker.link("data/laws/catalog.csv", csv);

        assertThat(report.entries()).hasSize(LawTexts.files().size());
        assertThat(report.unmatched()).isEmpty();
        assertThat(report.ambiguous()).isEmpty();
        for (CatalogLinker.Entry e : report.matched()) {
            Catalog.Row row = e.match().rows().get(0);
            // The row is the line the report names, and its title is the version's short title.
            String line = Files.readAllLines(Path.of("data/laws/catalog.csv")).get(row.line() - 1);
            assertThat(line).startsWith(row.title() + ",");
            assertThat(Titles.normalise(e.title())).endsWith(Titles.normalise(row.title()));
        }
        // 立法法 has two rows; the version date picks the row published that day.
        CatalogLinker.Entry lifa2015 = report.matched().stream()
                .filter(e -> e.title().equals("中华人民共和国立法法") && e.versionDate().toString().equals("2015-03-15"))
                .findFirst().orElseThrow();
        assertThat(lifa2015.match().rows().get(0).published()).isEqualTo("2015-03-15");
        assertThat(lifa2015.match().rows().get(0).superseded()).isTrue();
    }

    @Test
    void aSyntheticCatalogYieldsAmbiguousAndUnmatchedVersions() {
        String csv = """
                title,level,published,in_force_from,superseded,category
                《中华人民共和国行政许可法》（2003年）,法律,2003-08-27,2004-07-01,1,行政法
                行政许可法 ,法律,2011-01-01,,1,行政法
                中华人民共和国宪法,宪法,,,0,宪法
                """;
        Catalog catalog = Catalog.parse("synthetic.csv", csv);
        LawText xuke = read("行政许可法(2019-04-23).md");
        LawText xianfa = read("宪法.md");
        LawText xinfang = read("信访条例(2005-01-10).md");

        CatalogLinker.Report report = CatalogLinker.link(List.of(xuke, xianfa, xinfang), catalog);

        assertThat(report.ambiguous()).extracting(CatalogLinker.Entry::title).containsExactly("中华人民共和国行政许可法");
        assertThat(report.ambiguous().get(0).match().rows()).extracting(Catalog.Row::line).containsExactly(2, 3);
        assertThat(report.matched()).extracting(CatalogLinker.Entry::title).containsExactly("中华人民共和国宪法");
        assertThat(report.unmatched()).extracting(CatalogLinker.Entry::title).containsExactly("信访条例");
        assertThat(report.format())
                .contains("matched 1, ambiguous 1, unmatched 1")
                .contains("中华人民共和国行政许可法 (2019-04-23) → 2 rows")
                .contains("UNMATCHED\n  信访条例 (2005-01-10)");
    }

    @Test
    void theCommandLinePrintsTheReportAndExitsWithZero(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("export.csv");
        Files.writeString(catalog, "title,level,published,in_force_from,superseded,category\n行政许可法,法律,2019-04-23,,0,行政法\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CatalogLinker.run(new String[] {catalog.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Law versions: " + LawTexts.files().size() + " — matched 1, ambiguous 0, unmatched "
                + (LawTexts.files().size() - 1));
        assertThat(report).contains("中华人民共和国行政许可法 (2019-04-23) → line 2: 行政许可法 | 法律");
    }

    private static LawText read(String name) {
        Path file = LawTexts.file(name);
        return LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
    }
}
