package org.yifa.assessment;

import java.time.LocalDate;
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

    record Evidence(String iri, String recordId, String type, LocalDate date, String title, String forCriterion,
                    LocalDate validUntil, boolean provisional) {
    }

    record Judgement(String criterion, int year, boolean met, String reason) {
    }

    record VetoRecord(String iri, String eventType, LocalDate date, String title) {
    }
}
