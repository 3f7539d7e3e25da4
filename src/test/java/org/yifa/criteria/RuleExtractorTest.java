package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleExtractorTest {

    static final String DISTRICT = "https://w3id.org/yifa/id/unit-type/district-government";
    static final RuleExtractor EXTRACTOR = new RuleExtractor(Map.of(
            "各县（市）区人民政府", DISTRICT, "县（市）区人民政府", DISTRICT, "政府", "https://w3id.org/yifa/id/unit-type/government"));

    @Test
    void countsPerYearInTheirUsualWordings() {
        assertThat(one("每年至少举办1期领导干部法治专题培训班")).satisfies(r -> {
            assertThat(r.per()).isEqualTo("year");
            assertThat(r.minCount()).isEqualTo(1);
        });
        assertThat(one("领导班子每年应当举办2期以上法治专题讲座").minCount()).isEqualTo(2);
        assertThat(one("其他行政机关每年组织不少于2次的法律知识培训").minCount()).isEqualTo(2);
        assertThat(one("政府常务会议至少每年听取1次依法行政工作汇报")).satisfies(r -> {
            assertThat(r.per()).isEqualTo("year");
            assertThat(r.minCount()).isEqualTo(1);
            assertThat(r.phrase()).isEqualTo("至少每年听取1次");
        });
        assertThat(one("应当每年组织1次对本地规范性文件的制定和备案管理工作的检查").minCount()).isEqualTo(1);
    }

    @Test
    void annualDocumentsAndBudgetsWithout每年AreYearlyRules() {
        assertThat(one("制定法治政府建设规划和年度实施方案")).satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("年度实施方案");
            assertThat(r.per()).isEqualTo("year");
            assertThat(r.minCount()).isEqualTo(1);
        });
        assertThat(one("将依法行政必要的经费开支列入年度预算予以保障").phrase()).isEqualTo("年度预算");
        // The budget year is the calendar year (预算法 第十八条): funds put into a government's own budget are owed yearly.
        assertThat(one("由各级政府纳入本级政府预算，保证执法经费足额拨付")).satisfies(r -> {
            assertThat(r.phrase()).isEqualTo("纳入本级政府预算");
            assertThat(r.per()).isEqualTo("year");
            assertThat(r.minCount()).isEqualTo(1);
        });
        assertThat(one("行政复议经费列入本级政府预算").per()).isEqualTo("year");
        assertThat(one("县级以上各级人民政府应当将行政复议工作经费列入本级预算").phrase()).isEqualTo("列入本级预算");
        assertThat(org.yifa.store.load.DataFiles.readText("data/laws/texts/经济法/预算法(2018-12-29).md"))
                .contains("第十八条 预算年度自公历一月一日起，至十二月三十一日止。");
        assertThat(one("结合法治政府建设年度重点工作，开展检查").per()).isEqualTo("year");
        // The period a report covers is not a period of the duty.
        assertThat(EXTRACTOR.extract("报告上一年度法治政府建设情况")).isEmpty();
    }

    @Test
    void deadlinesValidityCapsDatesAndWindows() {
        assertThat(one("县级以上人民政府每年第一季度要向同级党委报告").deadline()).isEqualTo("Q1");
        List<PeriodRule> validity = EXTRACTOR.extract(
                "有效期一般不超过5年，其中暂行、试行的规范性文件一般不超过3年，自2016年1月1日起发布施行的规范性文件，应当标明有效期");
        assertThat(validity).extracting(PeriodRule::validityYears).containsExactly(5, null, null);
        assertThat(validity.get(1).provisionalValidityYears()).isEqualTo(3);
        assertThat(validity.get(2).since()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(one("近两年内有下列情形之一的").windowYears()).isEqualTo(2);
        assertThat(one("分级分步进行1次全面清理")).satisfies(r -> {
            assertThat(r.per()).isNull();
            assertThat(r.minCount()).isEqualTo(1);
        });
    }

    @Test
    void aBareEveryYearIsOncePerYear() {
        // 每年 and 年度重点工作 say the same: once a year.
        assertThat(EXTRACTOR.extract("每年部署、安排和考核法治政府建设年度重点工作")).extracting(PeriodRule::phrase)
                .containsExactly("每年", "年度重点工作");
        assertThat(EXTRACTOR.extract("每年部署、安排和考核法治政府建设年度重点工作")).allSatisfy(r -> {
            assertThat(r.per()).isEqualTo("year");
            assertThat(r.minCount()).isEqualTo(1);
        });
    }

    @Test
    void aSentenceWithoutRulesHasNone() {
        assertThat(EXTRACTOR.extract("完善行政组织和行政程序规章制度")).isEmpty();
    }

    @Test
    void theUnitsASentenceNamesAreBoundLongestLabelFirstAndShortLabelsIgnored() {
        assertThat(EXTRACTOR.binds("县（市）区人民政府应当每年组织1次检查")).containsExactly(DISTRICT);
        assertThat(EXTRACTOR.binds("各县（市）区人民政府、市级各部门")).containsExactly(DISTRICT);
        assertThat(EXTRACTOR.binds("政府工作人员")).isEmpty();
        assertThat(one("县（市）区人民政府应当每年组织1次检查").binds()).containsExactly(DISTRICT);
    }

    private static PeriodRule one(String sentence) {
        List<PeriodRule> rules = EXTRACTOR.extract(sentence);
        assertThat(rules).as(sentence).hasSize(1);
        return rules.get(0);
    }
}
