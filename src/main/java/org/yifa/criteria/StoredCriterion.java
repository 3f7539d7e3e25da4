package org.yifa.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One criterion as the store holds it ({@link CriteriaGraph} wrote it), read by {@link StoredCriteria}.
 *
 * @param item             the notation of its item, e.g. {@code 7.4}
 * @param responsible      IRI of the unit type that carries it out
 * @param responsibleLabel that unit type's Chinese label, or null
 * @param appliesTo        unit types it binds
 * @param except           unit types its words exclude ({@code scopeWords})
 * @param condition        the event it waits for, or null when it always applies
 * @param basis            the article that assigns its competence, or null
 */
public record StoredCriterion(String iri, String id, String item, String obligation, boolean judgement,
                              String responsible, String responsibleLabel, Set<String> appliesTo, Set<String> except,
                              String scopeWords, Condition condition, Basis basis, List<Evidence> evidence,
                              List<Rule> rules) {

    /** @param eventLabel the event type's Chinese label, or null */
    public record Condition(String event, String eventLabel, String words) {
    }

    /** @param label e.g. {@code 中华人民共和国行政复议法 第4条}; {@code quote} its words that assign the competence */
    public record Basis(String label, String quote) {
    }

    /**
     * At least {@code min} records of {@code type}, times the events reported when {@code perEvent}.
     *
     * @param label the type's Chinese label, or null
     */
    public record Evidence(String type, String label, int min, boolean perEvent) {
    }

    /** One period, deadline or validity rule read from {@code phrase}; fields it does not set are null. */
    public record Rule(String phrase, String per, Integer minCount, String deadline, Integer validityYears,
                       Integer provisionalValidityYears, LocalDate since) {
    }
}
