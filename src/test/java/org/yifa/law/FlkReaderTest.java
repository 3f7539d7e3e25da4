package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yifa.store.InvalidInputException;

/** Both shapes of law text read into one model; articles counted independently of the readers. */
class FlkReaderTest {

    /** An article as the export writes it: a list item with the number in bold, at the start of a line. */
    private static final Pattern FLK_ARTICLE = Pattern.compile("(?m)^- \\*\\*第[零一二三四五六七八九十百千]+条\\*\\*");
    private static final Pattern TEXTS_ARTICLE = Pattern.compile("(?m)^第[零一二三四五六七八九十百千]+条");

    static List<Path> flkFiles() {
        try (Stream<Path> walk = Files.walk(Path.of("data/laws/flk"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyShippedVersionOfBothShapesHasAsManyArticlesAsItsFileHasArticleLines() throws IOException {
        LawCorpus corpus = LawCorpus.load(LawFiles.directory(Path.of(".")));
        assertThat(flkFiles()).hasSize(11);
        assertThat(corpus.versions()).hasSize(LawTexts.files().size() + flkFiles().size());
        for (LawCorpus.Version v : corpus.versions()) {
            String content = Files.readString(Path.of(v.text().file()));
            Pattern article = v.shape().equals("flk") ? FLK_ARTICLE : TEXTS_ARTICLE;
            long expected = article.matcher(content).results().count();
            assertThat(v.text().articles()).as(v.text().file()).hasSize((int) expected);
        }
    }

    @Test
    void theFrontMatterGivesIdDatesAndStatusAndTheQuoteGivesTheHistory() throws IOException {
        Path file = Path.of("data/laws/flk/中华人民共和国行政处罚法(2017-09-01).md");
        String content = Files.readString(file);
        FlkReader.Result r = FlkReader.read("data/laws/flk/" + file.getFileName(), content);

        assertThat(content).contains("id: " + r.front().id(), "effective_date: '" + r.front().inForce() + "'",
                "status: " + r.front().status());
        assertThat(r.text().shortTitle()).isEqualTo("行政处罚法");
        assertThat(r.text().versionDate()).hasToString("2017-09-01");
        // The quote names three events: adopted 1996, amended 2009 and 2017.
        assertThat(r.text().events()).extracting(e -> e.date().getYear()).containsExactly(1996, 2009, 2017);
        assertThat(VersionFacts.of(r.text()).change()).isEqualTo(HeaderEvent.Kind.AMENDED);
        // An indented paragraph is the article's second paragraph; points stay in theirs.
        LawText.Article third = r.text().article(3).orElseThrow();
        assertThat(third.paragraphs()).hasSize(2);
        assertThat(content).contains("  " + third.paragraphs().get(1).text());
        LawText.Article eighth = r.text().article(8).orElseThrow();
        assertThat(eighth.paragraphs()).hasSize(1);
        assertThat(eighth.text()).contains("（一）警告；", "（七）");
        assertThat(r.text().chapters()).extracting(LawText.Chapter::title).startsWith("总则");
    }

    @Test
    void aBrokenExportIsRejectedAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        String text = """
                ---
                id: 2c909fdd678bf17901678bf86fa90a7d
                date: '2017-09-01'
                ---

                **中华人民共和国某法**

                > （2017年9月1日第十二届全国人民代表大会常务委员会第二十九次会议通过）

                ## 第一章　　总  则

                - **第一条**　　为了测试，制定本法。

                - **第三条**　　跳过了第二条。
                """;
        assertThatThrownBy(() -> FlkReader.read("data/laws/flk/中华人民共和国某法(2017-09-01).md", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("data/laws/flk/中华人民共和国某法(2017-09-01).md:14:")
                .hasMessageContaining("numbering skips");
        assertThatThrownBy(() -> FlkReader.read("data/laws/flk/x(2017-09-01).md", "# no front matter\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(":1:");
    }
}
