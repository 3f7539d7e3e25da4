package org.yifa.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine evaluates, read once from the store and kept until the store's graphs change:
 * items, their criteria with requirements and rules, the concept closure and the legal basis.
 */
record Framework(List<ItemDef> items, Map<String, List<CriterionDef>> criteriaByItem, Map<String, Set<String>> closure,
                 Map<String, List<String>> provisionsByItem, String version) {

    /** Whether {@code concept} is {@code wider} or narrower than it; asked per record, so without building sets. */
    boolean isWithin(String concept, String wider) {
        return concept.equals(wider) || closure.getOrDefault(concept, Set.of()).contains(wider);
    }

    /** Every concept the given ones are the same as or narrower than. */
    Set<String> widen(java.util.Collection<String> concepts) {
        Set<String> wider = new java.util.HashSet<>();
        for (String c : concepts) {
            wider.add(c);
            wider.addAll(closure.getOrDefault(c, Set.of()));
        }
        return wider;
    }

    /** @param vetoAppliesTo unit types a veto condition binds; empty when it binds every unit */
    record ItemDef(String iri, String notation, String area, boolean veto, String vetoEvent, String vetoEventLabel,
                   int windowYears, Set<String> vetoAppliesTo) {
    }

    record CriterionDef(String iri, String id, String item, String obligation, boolean judgement, Set<String> appliesTo,
                        String responsible, List<RequirementDef> requirements, List<RuleDef> rules, Scope scope) {
    }

    /**
     * Who a criterion leaves out and what it waits for: unit types its words exclude, the event it
     * depends on (null when it always applies), the article that assigns its competence (null when none).
     */
    record Scope(Set<String> except, String scopeWords, String event, String eventLabel, String triggerWords,
                 String basis, String basisQuote) {

        static final Scope NONE = new Scope(Set.of(), null, null, null, null, null, null);
    }

    /**
     * @param perEvent the count is {@code min} times the events the unit reported
     * @param claimed  narrower evidence types that other criteria of the item require: a record of
     *                 one of them proves that other activity and does not count here as well
     */
    record RequirementDef(String evidenceType, int min, boolean perEvent, List<String> claimed) {
    }

    record RuleDef(String phrase, String per, String deadline, Integer validityYears, Integer provisionalValidityYears,
                   LocalDate since) {
    }
}
