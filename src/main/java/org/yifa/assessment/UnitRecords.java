package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine knows of one unit: its kinds, evidence records, judgements, veto events and
 * statements of how often events occurred.
 */
record UnitRecords(String unitId, String iri, String name, Set<String> types, List<Evidence> evidence,
                   List<Judgement> judgements, List<VetoRecord> vetoes, List<EventStatement> events) {

    /**
     * The unit's statement on an event type for a year, or null when it made none; of several, the
     * latest (by date, then record IRI) stands, as a later statement corrects an earlier one.
     */
    EventStatement statement(String eventType, int year) {
        EventStatement found = null;
        for (EventStatement s : events) {
            if (s.year() == year && s.eventType().equals(eventType) && (found == null || s.isAfter(found))) {
                found = s;
            }
        }
        return found;
    }

    /** @param date null when the statement carries none */
    record EventStatement(String iri, String recordId, String eventType, int year, int occurrences, LocalDate date) {

        boolean isAfter(EventStatement other) {
            int byDate = date == null || other.date == null ? 0 : date.compareTo(other.date);
            return byDate != 0 ? byDate > 0 : iri.compareTo(other.iri) > 0;
        }
    }

    /** The same records with the kinds the unit had in the year assessed (they may have changed since). */
    UnitRecords withTypes(Set<String> kinds) {
        return kinds.equals(types) ? this : new UnitRecords(unitId, iri, name, kinds, evidence, judgements, vetoes, events);
    }

    /**
     * These records and {@code added}'s (new records of the same unit), in the order a read gives them;
     * null when a record of {@code added} is one of these already (then only a read can tell the result).
     */
    UnitRecords plus(UnitRecords added) {
        Set<String> known = new HashSet<>();
        evidence.forEach(e -> known.add(e.iri()));
        vetoes.forEach(v -> known.add(v.iri()));
        events.forEach(e -> known.add(e.iri()));
        judgements.forEach(j -> known.add(j.criterion() + "|" + j.year()));
        boolean clash = added.evidence.stream().anyMatch(e -> known.contains(e.iri()))
                || added.vetoes.stream().anyMatch(v -> known.contains(v.iri()))
                || added.events.stream().anyMatch(e -> known.contains(e.iri()))
                || added.judgements.stream().anyMatch(j -> known.contains(j.criterion() + "|" + j.year()));
        if (clash) {
            return null;
        }
        return new UnitRecords(unitId, iri, name, types,
                merged(evidence, added.evidence, Comparator.comparing(Evidence::iri)),
                merged(judgements, added.judgements, Comparator.comparing(Judgement::criterion).thenComparingInt(Judgement::year)),
                merged(vetoes, added.vetoes, Comparator.comparing(VetoRecord::iri)),
                merged(events, added.events, Comparator.comparing(EventStatement::iri)));
    }

    /** The records a full assessment of {@code year} reads: judgements and event statements of that year only. */
    UnitRecords ofYear(int year) {
        return new UnitRecords(unitId, iri, name, types, evidence,
                judgements.stream().filter(j -> j.year() == year).toList(), vetoes,
                events.stream().filter(e -> e.year() == year).toList());
    }

    private static <T> List<T> merged(List<T> kept, List<T> added, Comparator<T> order) {
        if (added.isEmpty()) {
            return kept;
        }
        List<T> all = new ArrayList<>(kept);
        all.addAll(added);
        all.sort(order);
        return all;
    }

    record Evidence(String iri, String recordId, String type, LocalDate date, String title, String forCriterion,
                    LocalDate validUntil, boolean provisional) {
    }

    record Judgement(String criterion, int year, boolean met, String reason) {
    }

    record VetoRecord(String iri, String eventType, LocalDate date, String title) {
    }
}
