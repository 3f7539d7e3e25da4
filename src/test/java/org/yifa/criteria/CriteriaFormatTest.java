package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.store.InvalidInputException;

/**
 * The fields of the criteria format added in the review of 2026-12 (conditions, exclusions, per-event
 * counts, period exceptions, competence basis), read from YAML and checked against the sentence, the
 * concept schemes and the law texts, every complaint with file, line and field.
 */
@YifaSpringTest
class CriteriaFormatTest {

    /** Item 7.5 reads …其他行政机关每年组织不少于2次的法律知识培训…; 人民调解法 2010-08-28 is shipped. */
    static final String YAML = """
            part: 7
            items:
              - item: "7.4"
                criteria:
                  - id: "7.4-3"
                    sentence: "其他行政机关每年组织不少于2次的法律知识培训"
                    obligation: "其他行政机关每年组织不少于2次法律知识培训。"
                    appliesTo: [administrative-organ]
                    except: [municipal-department, district-government]
                    scopeWords: "其他行政机关"
                    responsible: leadership-team
                    responsibleBasis:
                      law: 人民调解法
                      version: "2010-08-28"
                      article: 5
                      paragraph: 1
                      quote: "县级以上地方人民政府司法行政部门负责指导本行政区域的人民调解工作"
                    condition:
                      event: leader-appointment
                      words: "其他行政机关"
                    evidence:
                      - type: training-record
                        min: 2
                        perEvent: true
                    judgement: false
                    periodExceptions:
                      - phrase: "法律知识培训"
                        reason: "a test of the field, not a period"
                    review: "2026-12: test"
            """;

    @Autowired
    Dataset dataset;
    @Autowired
    CriteriaSource criteriaSource;

    private List<Criterion> read(String yaml) {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        return Txn.calculateRead(dataset, () -> reader.criteria("t.yaml", yaml));
    }

    private void rejects(String yaml, String... parts) {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        var thrown = assertThatThrownBy(() -> Txn.executeRead(dataset, () -> reader.criteria("t.yaml", yaml)))
                .isInstanceOf(InvalidInputException.class);
        for (String part : parts) {
            thrown.hasMessageContaining(part);
        }
    }

    @Test
    void everyNewFieldIsReadAndTheQuoteIsFoundInTheArticle() {
        Criterion c = read(YAML).get(0);
        assertThat(c.except()).extracting(CriteriaFormatTest::slug).containsExactly("municipal-department", "district-government");
        assertThat(c.scopeWords()).isEqualTo("其他行政机关");
        assertThat(c.condition().event()).endsWith("/event-type/leader-appointment");
        assertThat(c.evidence()).singleElement().satisfies(e -> {
            assertThat(e.min()).isEqualTo(2);
            assertThat(e.perEvent()).isTrue();
        });
        assertThat(c.responsibleBasis().provision()).endsWith("/renmin-tiaojie-fa/2010-08-28/art/5/para/1");
        assertThat(c.periodExceptions()).extracting(Criterion.PeriodException::phrase).containsExactly("法律知识培训");
        assertThat(c.review()).isEqualTo("2026-12: test");
        assertThat(c.appliesTo()).extracting(CriteriaFormatTest::slug).doesNotContain("municipal-department");
    }

    @Test
    void scopeWordsAndTriggerWordsMustBeWordsOfTheSentence() {
        rejects(YAML.replace("scopeWords: \"其他行政机关\"", "scopeWords: \"其它行政机关\""),
                "t.yaml:10", "scopeWords", "not words of the sentence");
        rejects(YAML.replace("words: \"其他行政机关\"", "words: \"新录用的\""),
                "t.yaml:20", "condition.words", "not words of the sentence");
    }

    @Test
    void anExclusionNeedsTheWordsThatMakeIt() {
        rejects(YAML.replace("        scopeWords: \"其他行政机关\"\n", "\n"), "t.yaml:9", "except", "needs 'scopeWords'");
    }

    @Test
    void unknownEventUnitAndEvidenceSlugsAreRejected() {
        rejects(YAML.replace("event: leader-appointment", "event: no-such-event"),
                "t.yaml:19", "condition.event", "unknown event type 'no-such-event'");
        rejects(YAML.replace("except: [municipal-department,", "except: [no-such-unit,"),
                "t.yaml:9", "except[0]", "unknown unit type 'no-such-unit'");
        rejects(YAML.replace("type: training-record", "type: no-such-record"),
                "t.yaml:22", "unknown evidence type 'no-such-record'");
    }

    @Test
    void theQuoteOfAResponsibleBasisMustBeInThatArticleOfThatVersion() {
        rejects(YAML.replace("负责指导本行政区域的人民调解工作", "负责指导全国的人民调解工作"),
                "t.yaml:17", "responsibleBasis.quote", "does not occur in 人民调解法 (2010-08-28) article 5 paragraph 1");
        rejects(YAML.replace("version: \"2010-08-28\"", "version: \"2018-01-01\""),
                "t.yaml:14", "responsibleBasis.version", "人民调解法 has no version 2018-01-01");
        rejects(YAML.replace("law: 人民调解法", "law: 人民调解细则"), "t.yaml:13", "no law '人民调解细则'");
        rejects(YAML.replace("article: 5", "article: 500"), "has no article 500");
    }

    @Test
    void perEventNeedsAConditionAndAMisspeltFieldIsNoSilentDefault() {
        rejects(YAML.replace("""
                        condition:
                          event: leader-appointment
                          words: "其他行政机关"
                """, ""), "perEvent", "needs a 'condition'");
        rejects(YAML.replace("scopeWords:", "scopewords:"), "t.yaml:10", "scopewords", "unknown field");
    }

    @Test
    void aPeriodPhraseReadAsARuleCannotAlsoBeAnException() {
        rejects(YAML.replace("phrase: \"法律知识培训\"", "phrase: \"每年\""), "periodExceptions[0].phrase", "is read as a period rule");
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
