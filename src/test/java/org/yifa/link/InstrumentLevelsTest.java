package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yifa.rdf.Yf;

class InstrumentLevelsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "××省重大行政决策程序规定, LocalGovernmentRule",
            "××市人民政府重大行政决策程序规定, LocalGovernmentRule",
            "××市行政执法案卷评查办法, LocalGovernmentRule",
            "××市行政执法与检察监督工作衔接实施办法, LocalGovernmentRule",
            "××省重大行政执法决定法制审核办法, LocalGovernmentRule",
            "广东省人大常委会关于规范性文件备案审查的规定, LocalRegulation",
            "××省行政执法条例, LocalRegulation",
            "法治政府建设实施纲要（2015－2020年）, ",
            "法治政府建设实施纲要, PolicyDocument",
            "中共中央关于全面推进依法治国若干重大问题的决定, PolicyDocument",
            "国务院关于加强市县政府依法行政的决定, PolicyDocument",
            "××市人民政府关于加强行政规范性文件管理的意见, NormativeDocument",
            "中华人民共和国宪法, Constitution",
            "中华人民共和国行政许可法, NationalLaw",
            "重大行政决策程序暂行条例, AdministrativeRegulation",
            "行政执法机关移送涉嫌犯罪案件的规定, ",
    })
    void guessesTheLevelFromTheTitle(String title, String level) {
        if (level == null) {
            assertThat(InstrumentLevels.guess(title)).isEmpty();
        } else {
            assertThat(InstrumentLevels.guess(title)).contains(Yf.res(level));
        }
    }
}
