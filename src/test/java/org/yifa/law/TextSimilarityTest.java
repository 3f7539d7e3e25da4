package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void theArticleNumberDoesNotCount() {
        assertThat(TextSimilarity.jaccard("第三十九条 行政复议活动所需经费，应当列入本机关的行政经费。",
                "第八十七条　行政复议活动所需经费，应当列入本机关的行政经费。")).isEqualTo(1.0);
    }

    @Test
    void sharedBigramsOverAllBigrams() {
        // 甲乙丙 → {甲乙, 乙丙}; 乙丙丁 → {乙丙, 丙丁}: one shared of three.
        assertThat(TextSimilarity.jaccard("甲乙丙", "乙丙丁")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(TextSimilarity.jaccard("甲乙", "丙丁")).isZero();
    }
}
