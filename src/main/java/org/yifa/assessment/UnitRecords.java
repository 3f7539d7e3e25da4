package org.yifa.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything the engine knows of one unit: its kinds, evidence records, judgements and veto events. */
record UnitRecords(String unitId, String iri, String name, Set<String> types, List<Evidence> evidence,
                   List<Judgement> judgements, List<VetoRecord> vetoes) {

    /** The same records with the kinds the unit had in the year assessed (they may have changed since). */
    UnitRecords withTypes(Set<String> kinds) {
        return kinds.equals(types) ? this : new UnitRecords(unitId, iri, name, kinds, evidence, judgements, vetoes);
    }

    record Evidence(String iri, String recordId, String type, LocalDate date, String title, String forCriterion,
                    LocalDate validUntil, boolean provisional) {
    }

    record Judgement(String criterion, int year, boolean met, String reason) {
    }

    record VetoRecord(String iri, String eventType, LocalDate date, String title) {
    }
}
