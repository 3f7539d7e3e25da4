package org.yifa.criteria;

import java.util.List;

/**
 * One checkable obligation of an item, as curated in {@code data/criteria/area-N.yaml}, with the
 * period rules read from its sentence.
 *
 * @param id               {@code 7.4-1}: item notation, dash, running number
 * @param item             the item's notation
 * @param appliesTo        unit-type IRIs (curated, plus those the sentence names)
 * @param except           unit-type IRIs the sentence's own words exclude ({@code 其他行政机关})
 * @param scopeWords       the words of the sentence that name who is bound, or null
 * @param responsible      unit-type IRI of the body that carries it out
 * @param responsibleBasis the article that assigns the competence to that body, or null
 * @param condition        the event the duty depends on, or null when it always applies
 * @param periodExceptions period phrases of the sentence that are deliberately no rule, with why
 * @param review           why the criterion changed in the last review, or null
 */
public record Criterion(String id, String item, String sentence, String obligation, List<String> appliesTo,
                        List<String> except, String scopeWords, String responsible, Basis responsibleBasis,
                        Condition condition, List<Evidence> evidence, List<PeriodRule> rules,
                        List<PeriodException> periodExceptions, boolean judgement, String review, int line) {

    /**
     * @param type     evidence-type IRI
     * @param min      records required (per period where a rule sets one)
     * @param perEvent the count is {@code min} times the occurrences of the condition's event
     */
    public record Evidence(String type, int min, boolean perEvent) {
    }

    /** @param event event-type IRI; @param words the words of the sentence that state the trigger */
    public record Condition(String event, String words) {
    }

    /**
     * The article of a law that assigns a competence, with the words quoted from it (checked against
     * the law graph when the criteria are read).
     *
     * @param law       short title as in {@code data/laws/laws.csv}
     * @param version   version date {@code yyyy-mm-dd}
     * @param paragraph null for the whole article
     * @param provision IRI of the article or paragraph
     */
    public record Basis(String law, String version, int article, Integer paragraph, String quote, String provision) {
    }

    /** A period phrase of the sentence that is not a rule, and why. */
    public record PeriodException(String phrase, String reason) {
    }
}
