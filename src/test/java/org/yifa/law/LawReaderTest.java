package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yifa.store.InvalidInputException;

class LawReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyArticleLineOfEveryShippedTextBecomesOneArticleNumberedWithoutGaps() {
        List<Path> files = LawTexts.files();
        assertThat(files).hasSize(57);
        for (Path file : files) {
            LawText text = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
            assertThat(text.articles()).as(file.toString()).hasSize((int) LawTexts.articleLines(file));
            for (int i = 0; i < text.articles().size(); i++) {
                assertThat(text.articles().get(i).ordinal()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void pointsStayInTheParagraphTheyBelongTo() {
        Path file = LawTexts.file("行政许可法(2019-04-23).md");
        List<String> block = LawTexts.articleBlock(file, "第十二条");
        LawText.Article art = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file)).article(12).orElseThrow();

        List<String> points = block.stream().filter(l -> l.startsWith("（")).toList();
        assertThat(points).hasSize(6);
        assertThat(art.numberZh()).isEqualTo("第十二条");
        assertThat(art.paragraphs()).hasSize(1);
        assertThat(art.paragraphs().get(0).text())
                .startsWith("下列事项可以设定行政许可：")
                .contains(points.toArray(String[]::new));
        assertThat(art.text()).isEqualTo(art.paragraphs().get(0).text());
    }

    @Test
    void aParagraphAfterPointsAndSubPointsIsTheSecondParagraph() {
        Path file = LawTexts.file("行政复议法(2017-09-01).md");
        List<String> block = LawTexts.articleBlock(file, "第二十八条");
        LawText.Article art = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file)).article(28).orElseThrow();

        String last = block.get(block.size() - 1);
        assertThat(last).startsWith("行政复议机关责令被申请人");
        assertThat(art.paragraphs()).hasSize(2);
        assertThat(art.paragraphs().get(0).text()).contains("（四）被申请人不按照", "1.主要事实不清", "5.具体行政行为明显不当的。");
        assertThat(art.paragraphs().get(1).text()).isEqualTo(last);
        assertThat(art.text()).endsWith("\n" + last);
    }

    @Test
    void everyArticleHasAsManyParagraphsAsLinesThatAreNotPoints() {
        Pattern point = Pattern.compile("^([（(][一二三四五六七八九十]+[）)]|\\d+\\.)");
        for (Path file : LawTexts.files()) {
            LawText text = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
            for (LawText.Article art : text.articles()) {
                long expected = LawTexts.articleBlock(file, art.numberZh()).stream().filter(l -> !point.matcher(l).find()).count();
                assertThat(art.paragraphs()).as("%s %s", file.getFileName(), art.numberZh()).hasSize((int) expected);
            }
        }
    }

    @Test
    void headerDatesAreThoseOfTheHeaderLines() {
        // 优化营商环境条例: 通过, 公布, 施行 on three lines.
        Path file = LawTexts.file("优化营商环境条例(2019-10-22).md");
        VersionFacts facts = VersionFacts.of(LawReader.read(LawTexts.dataPath(file), LawTexts.read(file)));
        assertThat(facts.adopted()).hasToString(headerDate(file, "通过"));
        assertThat(facts.published()).hasToString(headerDate(file, "公布"));
        assertThat(facts.inForce()).hasToString(headerDate(file, "施行"));
        assertThat(facts.passedBy()).isEqualTo("国务院");

        // 行政许可法 2019: the version is the amendment of 2019; the work was adopted in 2003 and its
        // closing article keeps the original date of entry into force.
        file = LawTexts.file("行政许可法(2019-04-23).md");
        LawText text = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
        facts = VersionFacts.of(text);
        assertThat(facts.adopted()).hasToString(headerDate(file, "修正"));
        assertThat(facts.adopted()).isEqualTo(text.versionDate());
        assertThat(facts.change()).isEqualTo(HeaderEvent.Kind.AMENDED);
        assertThat(facts.workAdopted()).hasToString(headerDate(file, "通过"));
        assertThat(facts.published()).isNull();
        assertThat(facts.inForce()).isNull();
        assertThat(facts.workInForce()).hasToString(closingDate(file));
        assertThat(facts.passedBy()).isEqualTo("全国人民代表大会常务委员会");

        // 行政复议法 2023 is a revision in force from the date its closing article gives.
        file = LawTexts.file("行政复议法(2023-09-01).md");
        facts = VersionFacts.of(LawReader.read(LawTexts.dataPath(file), LawTexts.read(file)));
        assertThat(facts.change()).isEqualTo(HeaderEvent.Kind.REVISED);
        assertThat(facts.adopted()).hasToString(headerDate(file, "修订"));
        assertThat(facts.inForce()).hasToString(closingDate(file));
    }

    @Test
    void theConstitutionIsDatedByItsLastHeaderLine() {
        Path file = LawTexts.file("宪法.md");
        LawText text = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
        List<String> dates = headerDates(file);
        assertThat(text.versionDateInFileName()).isFalse();
        assertThat(text.versionDate()).hasToString(dates.get(dates.size() - 1));
        assertThat(text.preamble()).isNotEmpty();
        assertThat(text.preamble().get(0)).startsWith("中国是世界上历史最悠久的国家之一");
        assertThat(text.chapters()).extracting(LawText.Chapter::title).startsWith("总纲");
        VersionFacts facts = VersionFacts.of(text);
        assertThat(facts.change()).isEqualTo(HeaderEvent.Kind.AMENDED);
        assertThat(facts.workAdopted()).hasToString(dates.get(0));
    }

    @Test
    void headingsLoseTheirLayoutSpaces() {
        Path file = LawTexts.file("行政许可法(2019-04-23).md");
        LawText text = LawReader.read(LawTexts.dataPath(file), LawTexts.read(file));
        assertThat(LawTexts.read(file)).contains("## 第一章 总 则");
        assertThat(text.chapters().get(0).title()).isEqualTo("总则");
        assertThat(text.chapters().get(0).numberZh()).isEqualTo("第一章");
    }

    @Test
    void aHeaderWithoutItsEndIsRejectedAtTheLineWhereTheTextBegins() throws IOException {
        Path file = write("某法(2020-01-01).md", """
                # 中华人民共和国某法

                2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过

                ## 第一章 总则

                第一条 为了测试，制定本法。
                """);
        assertRejected(file, 5, "INFO END");
    }

    @Test
    void aHeaderThatRunsToTheEndIsRejectedAtTheLastLine() throws IOException {
        Path file = write("某法(2020-01-01).md", "# 中华人民共和国某法\n\n2020年1月1日 通过\n");
        assertRejected(file, 4, "INFO END");
    }

    @Test
    void aSkippedArticleNumberIsRejected() throws IOException {
        Path file = write("某法(2020-01-01).md", """
                # 中华人民共和国某法

                <!-- INFO END -->

                第一条 为了测试，制定本法。

                第三条 本法自公布之日起施行。
                """);
        assertRejected(file, 7, "skips");
    }

    @Test
    void aRepeatedArticleNumberIsRejected() throws IOException {
        Path file = write("某法(2020-01-01).md", """
                # 中华人民共和国某法

                <!-- INFO END -->

                第一条 为了测试，制定本法。

                第二条 第一款。

                第三条 第三条。

                第四条 第四条。

                第五条 第五条。

                第五条 又是第五条。
                """);
        InvalidInputException e = assertRejected(file, 15, "twice");
        assertThat(e.getMessage()).contains("line 13");
    }

    @Test
    void anArticleNumberThatDoesNotParseIsRejected() throws IOException {
        Path file = write("某法(2020-01-01).md", """
                # 中华人民共和国某法

                <!-- INFO END -->

                第一条 为了测试，制定本法。

                第2条 阿拉伯数字。
                """);
        assertRejected(file, 7, "does not parse");
        Path badNumeral = write("另法(2020-01-01).md", """
                # 另法

                <!-- INFO END -->

                第一条 为了测试。

                第二二条 两个二。
                """);
        assertRejected(badNumeral, 7, "does not parse");
    }

    @Test
    void aTextWithoutTitleIsRejected() throws IOException {
        Path file = write("某法(2020-01-01).md", "\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n第一条 无标题。\n");
        assertRejected(file, 2, "no title");
    }

    @Test
    void textOutsideAnyArticleIsRejected() throws IOException {
        Path file = write("某法(2020-01-01).md", """
                # 某法

                <!-- INFO END -->

                ## 第一章 总则

                没有条号的一段。
                """);
        assertRejected(file, 7, "outside any article");
    }

    @Test
    void numeralsAreReadAsLawsWriteThem() {
        assertThat(LawReader.numeral("一百零三")).isEqualTo(103);
        assertThat(LawReader.numeral("一百一十")).isEqualTo(110);
        assertThat(LawReader.numeral("十")).isEqualTo(10);
        assertThat(LawReader.numeral("二十")).isEqualTo(20);
        assertThat(LawReader.numeral("十十")).isEqualTo(-1);
        assertThat(LawReader.numeral("一十")).isEqualTo(-1);
        assertThat(LawReader.numeral("12")).isEqualTo(-1);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static InvalidInputException assertRejected(Path file, int line, String words) throws IOException {
        String content = Files.readString(file);
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions
                .catchThrowableOfType(InvalidInputException.class, () -> LawReader.read(file.toString(), content));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(file + ":" + line + ":").contains(words);
        return e;
    }

    /** The date of the header line that contains {@code word}, as yyyy-mm-dd. */
    private static String headerDate(Path file, String word) {
        Pattern dated = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日.*" + word);
        for (String line : LawTexts.read(file).lines().toList()) {
            if (line.contains("INFO END")) {
                break;
            }
            Matcher m = dated.matcher(line);
            if (m.find()) {
                return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        throw new AssertionError("no header line with " + word + " in " + file);
    }

    private static List<String> headerDates(Path file) {
        Pattern dated = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
        List<String> dates = new java.util.ArrayList<>();
        for (String line : LawTexts.read(file).lines().toList()) {
            if (line.contains("INFO END")) {
                break;
            }
            Matcher m = dated.matcher(line);
            if (m.find()) {
                dates.add(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        return dates;
    }

    /** The date in the text's "本法自…起施行" sentence. */
    private static String closingDate(Path file) {
        Matcher m = Pattern.compile("本(?:法|条例)自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行").matcher(LawTexts.read(file));
        String found = null;
        while (m.find()) {
            found = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        assertThat(found).as("closing sentence in %s", file).isNotNull();
        return found;
    }
}
