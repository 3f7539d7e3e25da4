package org.yifa.criteria;

import java.util.List;

/**
 * One checkable obligation of an item, as curated in {@code data/criteria/area-N.yaml}, with the
 * period rules read from its sentence.
 *
 * @param id          {@code 7.4-1}: item notation, dash, running number
 * @param item        the item's notation
 * @param appliesTo   unit-type IRIs (curated, plus those the sentence names)
 * @param responsible unit-type IRI of the body that carries it out
 */
public record Criterion(String id, String item, String sentence, String obligation, List<String> appliesTo,
                        String responsible, List<Evidence> evidence, List<PeriodRule> rules, boolean judgement,
                        int line) {

    /** @param type evidence-type IRI; @param min records required (per period where a rule sets one) */
    public record Evidence(String type, int min) {
    }
}
