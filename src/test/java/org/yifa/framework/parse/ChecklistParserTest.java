package org.yifa.framework.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yifa.framework.parse.Checklist;
import org.yifa.store.InvalidInputException;

class ChecklistParserTest {

    static final Path SOURCE = Path.of("data/source/model-unit-goals.txt");
    static final ChecklistParser PARSER = new ChecklistParser(Map.of("mingan", "敏感"));

    static String raw;
    static Checklist real;

    @BeforeAll
    static void parseRealDocument() throws IOException {
        raw = Files.readString(SOURCE);
        real = PARSER.parse(SOURCE.toString(), raw);
    }

    @Test
    void everyNumberedItemOfTheDocumentBecomesOneItem() {
        // Item numbers as a reader sees them: digits and a dot where a cell or sentence begins.
        Matcher m = Pattern.compile("(?:^|[\\s。])(\\d+)\\s*\\.").matcher(raw);
        int markers = 0;
        while (m.find()) {
            markers++;
        }
        assertThat(real.items()).hasSize(markers);
        for (Checklist.Area area : real.areas()) {
            List<Integer> numbers = area.goals().stream().flatMap(g -> g.items().stream()).map(Checklist.Item::number).toList();
            assertThat(numbers).as("items of part %s", area.numeral())
                    .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        }
    }

    @Test
    void partsAreNumberedOneToNineAndOnlyTheLastHoldsVetoConditions() {
        assertThat(real.areas()).extracting(Checklist.Area::numeral)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九");
        assertThat(real.items().stream().filter(Checklist.Item::veto).map(Checklist.Item::notation))
                .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "9.6");
        assertThat(real.title()).isEqualTo("××市依法行政示范单位目标要求");
    }

    @Test
    void textsCarryNoLayoutDamage() {
        for (Checklist.Item item : real.items()) {
            assertThat(item.text()).as(item.notation())
                    .doesNotContainPattern("\\s")
                    .doesNotContainPattern("[,;:()?!A-Za-z]")
                    .doesNotContain("目标内容工作要求")
                    .endsWith("。");
            for (Checklist.Area area : real.areas()) {
                assertThat(item.text()).as(item.notation()).doesNotContain(area.label());
            }
        }
    }

    @Test
    void itemsSplitByPageBreaksReadAsPublished() {
        assertThat(text("1.12")).isEqualTo("切实转变政府投资管理职能，确立企业投资主体地位，制定并公开企业投资项目核准目录清单。"
                + "完善主要由市场决定价格的机制，大幅缩减政府定价种类和项目，制定并公布政府定价目录，全面放开竞争性领域商品和服务价格。");
        assertThat(text("4.9")).endsWith("强化评查结果运用，评查结果予以反馈并进行通报。");
        assertThat(text("5.7")).endsWith("及时研究办理人大代表和政协委员提出的意见、建议和提案，切实改进工作。");
        assertThat(text("9.2")).isEqualTo("因出台与法律法规相抵触的规范性文件造成不良影响，且被上级机关责令纠正的。");
        assertThat(text("6.1")).contains("及时收集分析热点、敏感、复杂矛盾纠纷信息");
        assertThat(text("2.6")).contains("有效期一般不超过5年").contains("自2016年1月1日起发布施行的规范性文件");
    }

    @Test
    void titlesSplitByPageBreaksAreJoined() {
        assertThat(real.areas().get(0).title()).isEqualTo("依法全面履行政府职能");
        assertThat(real.areas().get(0).goals().get(5).title()).isEqualTo("完善宏观调控");
        Checklist.Area veto = real.areas().get(8);
        assertThat(veto.title()).isEqualTo("未发生一票否决情形");
        assertThat(veto.goals()).singleElement().satisfies(g -> {
            assertThat(g.numeral()).isEmpty();
            assertThat(g.title()).isEqualTo("近两年内有下列情形之一的，不得认定为依法行政示范单位");
        });
        assertThat(real.areas().get(1).goals().get(1).title()).isEqualTo("完善规范性文件备案审查机制");
    }

    @Test
    void everyRepairIsReportedWithItsLine() {
        assertThat(real.repairs()).extracting(Checklist.Repair::kind).contains("RunningHeader", "RepeatedBanner",
                "BannerInText", "SplitTitle", "InterleavedCells", "SharedLine", "StrayDot", "AsciiPunctuation",
                "LayoutSpaces", "CensoredWord");
        String[] lines = raw.split("\n", -1);
        for (Checklist.Repair repair : real.repairs()) {
            assertThat(repair.line()).isBetween(1, lines.length);
        }
        assertThat(real.repairs()).filteredOn(r -> r.kind().equals("StrayDot")).hasSize(4)
                .allSatisfy(r -> assertThat(lines[r.line() - 1]).containsPattern("\\d+\\.\\s*\\."));
        assertThat(real.repairs()).filteredOn(r -> r.kind().equals("CensoredWord"))
                .singleElement().satisfies(r -> assertThat(lines[r.line() - 1]).contains("mingan"));
        assertThat(real.repairs()).filteredOn(r -> r.kind().equals("RunningHeader"))
                .allSatisfy(r -> assertThat(lines[r.line() - 1]).contains("目 标 内 容"));
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameDamageInOtherPlacesIsRepairedTheSameWay(int seed) {
        String dump = new DamagedDumpWriter(seed).write(real);
        Checklist reparsed = PARSER.parse("synthetic-" + seed, dump);
        assertThat(outline(reparsed)).as(dump).isEqualTo(outline(real));
        assertThat(reparsed.items()).extracting(Checklist.Item::text)
                .as(dump).containsExactlyElementsOf(real.items().stream().map(Checklist.Item::text).toList());
    }

    @Test
    void anEmptyDocumentIsRejected() {
        assertThatThrownBy(() -> PARSER.parse("empty.txt", "\n  \n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void aDocumentTruncatedMidItemIsRejectedNamingTheItem() {
        int cut = raw.indexOf("切实维护公众场所");
        assertThatThrownBy(() -> PARSER.parse("cut.txt", raw.substring(0, cut)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cut.txt:" + lineOf(raw, cut))
                .hasMessageContaining("item 1.18").hasMessageContaining("mid-sentence");
    }

    @Test
    void aNumberingGapIsRejectedNamingTheLine() {
        String gap = raw.replace(" 6.规范行政审批中介服务环节", " 7.规范行政审批中介服务环节");
        assertThatThrownBy(() -> PARSER.parse("gap.txt", gap)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gap.txt:" + lineOf(raw, raw.indexOf("6.规范行政审批中介服务环节")))
                .hasMessageContaining("numbering gap").hasMessageContaining("7.").hasMessageContaining("6.");
    }

    @Test
    void aDuplicatedNumberIsRejectedNamingTheLine() {
        String duplicate = raw.replace(" 3.加大取消和下放", " 2.加大取消和下放");
        assertThatThrownBy(() -> PARSER.parse("dup.txt", duplicate)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dup.txt:" + lineOf(raw, raw.indexOf("3.加大取消和下放")))
                .hasMessageContaining("duplicated number");
    }

    @Test
    void aSkippedPartIsRejected() {
        String skipped = raw.replace("三、推进行政决策科学化", "四、推进行政决策科学化");
        assertThatThrownBy(() -> PARSER.parse("part.txt", skipped)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("numbering gap: part");
    }

    @Test
    void unknownLatinTextIsKeptAndReported() {
        String other = raw.replace("mingan", "zhongyao");
        Checklist parsed = PARSER.parse("other.txt", other);
        assertThat(parsed.repairs()).anySatisfy(r -> assertThat(r.message()).contains("zhongyao").contains("not in the censored-word list"));
    }

    private static String text(String notation) {
        return real.items().stream().filter(i -> i.notation().equals(notation)).findFirst().orElseThrow().text();
    }

    private static List<String> outline(Checklist c) {
        return c.areas().stream().flatMap(a -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(a.label() + a.veto()),
                a.goals().stream().map(g -> g.notation() + g.label() + g.items().size()))).toList();
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
