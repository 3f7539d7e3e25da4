package org.yifa.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fuzz harness itself: run as the exploring command of docs/testing.md runs it (random seeds, many cases,
 * many edits per case), a mutation never grows a text past {@link Mutator#MAX_LENGTH}. Unbounded growth
 * once killed the test JVM with "Requested string length exceeds VM limit".
 */
class MutatorTest {

    @Test
    void manyEditsOnOneTextStayWithinTheBound() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Mutator mutator = new Mutator(random);
        String text = "第一条　" + "法".repeat(200) + "\n第二条\n";
        for (int i = 0; i < 300; i++) {
            text = mutator.text(text, 12);
            assertThat(text.length()).as("seed %d, round %d", seed, i).isLessThanOrEqualTo(Mutator.MAX_LENGTH);
            if (text.isEmpty()) {
                text = "第一条\n";
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDamage() {
        String text = "一、总则\n1. 第一条 行政机关应当依法行政。\n二、附则\n";
        assertThat(new Mutator(new Random(42)).text(text, 6)).isEqualTo(new Mutator(new Random(42)).text(text, 6));
    }
}
