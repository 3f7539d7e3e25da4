package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.store.DataFiles;

/**
 * Every period phrase of every criterion's sentence — found here by its own pattern, not the
 * extractor's — is either covered by a period rule of that criterion or listed in its
 * {@code periodExceptions} with a reason. One old document must not satisfy a yearly duty.
 */
@YifaSpringTest
class PeriodPhrasesTest {

    /** Words that name a period, a frequency or a time limit in Chinese administrative writing. */
    static final Pattern PERIOD_WORDS = Pattern.compile("每年|每季度|每月|每半年|半年|年度|[一二两三四五六七八九十\\d]+年内"
            + "|近[一二两三\\d]+年|当年|定期|年底|年末|第[一二三四]季度|不超过\\d+年|自\\d{4}年\\d{1,2}月\\d{1,2}日起"
            // A government's own budget is a budget year's (预算法 第十八条: the calendar year).
            + "|(?:列入|纳入)本级(?:政府)?预算");

    @Autowired
    Dataset dataset;
    @Autowired
    CriteriaSource criteriaSource;

    @Test
    void everyPeriodPhraseOfEverySentenceIsARuleOrAnExceptionWithItsReason() {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        List<Criterion> criteria = new ArrayList<>();
        for (var file : DataFiles.list(CriteriaSource.FILES)) {
            String text = new String(DataFiles.read("data/criteria/" + file.getFilename()), StandardCharsets.UTF_8);
            if (!text.contains("vetoes:")) {
                criteria.addAll(Txn.calculateRead(dataset, () -> reader.criteria(file.getFilename(), text)));
            }
        }
        List<String> unaccounted = new ArrayList<>();
        int phrases = 0;
        int exceptions = 0;
        for (Criterion c : criteria) {
            Matcher m = PERIOD_WORDS.matcher(c.sentence());
            while (m.find()) {
                phrases++;
                int at = m.start();
                boolean rule = c.rules().stream().anyMatch(r -> covers(c.sentence(), r.phrase(), at));
                boolean excepted = c.periodExceptions().stream().anyMatch(p -> covers(c.sentence(), p.phrase(), at));
                if (excepted) {
                    exceptions++;
                }
                if (!rule && !excepted) {
                    unaccounted.add(c.id() + " '" + m.group() + "' in " + c.sentence());
                }
            }
        }
        assertThat(unaccounted).as("period phrases that are neither a rule nor a listed exception").isEmpty();
        assertThat(phrases).isGreaterThanOrEqualTo(20);
        assertThat(exceptions).isGreaterThan(0);
        assertThat(criteria.stream().flatMap(c -> c.periodExceptions().stream()))
                .allSatisfy(p -> assertThat(p.reason()).hasSizeGreaterThan(10));
    }

    /** Whether an occurrence of {@code phrase} in the sentence spans the character at {@code at}. */
    private static boolean covers(String sentence, String phrase, int at) {
        for (int from = sentence.indexOf(phrase); from >= 0; from = sentence.indexOf(phrase, from + 1)) {
            if (from <= at && at < from + phrase.length()) {
                return true;
            }
        }
        return false;
    }
}
