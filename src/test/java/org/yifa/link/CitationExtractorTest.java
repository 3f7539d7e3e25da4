package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CitationExtractorTest {

    private final CitationExtractor extractor = new CitationExtractor(Map.of(
            "行政复议法", "w:fuyi", "中华人民共和国行政复议法", "w:fuyi",
            "行政复议法实施条例", "w:fuyi-shishi",
            "宪法", "w:xianfa", "中华人民共和国宪法", "w:xianfa",
            "审计法", "w:shenji"));

    private List<String> cited(String text) {
        return extractor.extract(text).stream().map(CitationExtractor.Found::citedText).toList();
    }

    @Test
    void theLongestTitleWinsAndConsumesItsCharacters() {
        List<CitationExtractor.Found> found = extractor.extract("贯彻行政复议法实施条例，完善行政复议法规定的制度。");
        assertThat(found).extracting(CitationExtractor.Found::citedText).containsExactly("行政复议法实施条例", "行政复议法");
        assertThat(found).extracting(CitationExtractor.Found::workIri).containsExactly("w:fuyi-shishi", "w:fuyi");
    }

    @Test
    void bookTitlesAreCitationsResolvedOnlyWhenTheTitleIsKnown() {
        List<CitationExtractor.Found> found = extractor.extract(
                "贯彻《××省重大行政决策程序规定》《中华人民共和国行政复议法》等规定。");
        assertThat(found).extracting(CitationExtractor.Found::citedText)
                .containsExactly("《××省重大行政决策程序规定》", "《中华人民共和国行政复议法》");
        assertThat(found).extracting(CitationExtractor.Found::workIri).containsExactly(null, "w:fuyi");
        assertThat(found.get(0).title()).isEqualTo("××省重大行政决策程序规定");
    }

    @Test
    void namesInsideBookTitlesAreNotAlsoBareCitations() {
        assertThat(cited("执行《××市行政复议法实施办法》。")).containsExactly("《××市行政复议法实施办法》");
    }

    @Test
    void theDoubletConstitutionAndLawsIsNoCitation() {
        assertThat(cited("领导和监督本单位模范遵守宪法法律，坚决查处执法犯法。")).isEmpty();
        assertThat(cited("宪法法规")).isEmpty();
    }

    @Test
    void theConstitutionNamedOnItsOwnIsACitation() {
        assertThat(cited("学好宪法、基本法律知识")).containsExactly("宪法");
        assertThat(cited("深入开展宪法、法律法规宣传教育")).containsExactly("宪法");
    }

    @Test
    void aLawFollowedBy规定IsACitation() {
        assertThat(cited("取消不符合审计法规定的事项")).containsExactly("审计法");
    }

    @Test
    void eachCitedTextCountsOncePerItem() {
        assertThat(cited("宪法；宪法。")).containsExactly("宪法");
    }
}
