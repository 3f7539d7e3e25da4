package org.yifa.evidence;

import java.util.Map;
import java.util.Optional;

/**
 * What records may name, as the store knows it at the time of the upload: evidence types by slug,
 * criteria by id, veto conditions by notation (with their veto event types).
 */
record Terms(Map<String, String> evidenceTypes, Map<String, Criterion> criteria, Map<String, String> vetoItems,
             Map<String, String> eventTypes) {

    /** Terms without event types. */
    Terms(Map<String, String> evidenceTypes, Map<String, Criterion> criteria, Map<String, String> vetoItems) {
        this(evidenceTypes, criteria, vetoItems, Map.of());
    }

    static final String EVIDENCE_TYPE_NS = org.yifa.rdf.Yf.ID + "evidence-type/";

    /** A criterion and whether an assessor judges it (otherwise evidence decides it). */
    record Criterion(String iri, String id, boolean judgement) {
    }

    /** The evidence type IRI for a slug such as {@code training-record} (or its full IRI). */
    Optional<String> evidenceType(String slugOrIri) {
        if (evidenceTypes.containsKey(slugOrIri)) {
            return Optional.of(evidenceTypes.get(slugOrIri));
        }
        return evidenceTypes.values().stream().filter(slugOrIri::equals).findFirst();
    }

    /** A criterion by id such as {@code 7.4-1} (or its full IRI). */
    Optional<Criterion> criterion(String idOrIri) {
        if (criteria.containsKey(idOrIri)) {
            return Optional.of(criteria.get(idOrIri));
        }
        return criteria.values().stream().filter(c -> c.iri().equals(idOrIri)).findFirst();
    }

    /** The veto event type of a veto condition's notation such as {@code 9.2} (or of the event type IRI). */
    Optional<String> vetoEventType(String notationOrIri) {
        if (vetoItems.containsKey(notationOrIri)) {
            return Optional.of(vetoItems.get(notationOrIri));
        }
        return vetoItems.values().stream().filter(notationOrIri::equals).findFirst();
    }

    /** The event type IRI for a slug such as {@code licence-revoked} (or its full IRI). */
    Optional<String> eventType(String slugOrIri) {
        if (eventTypes.containsKey(slugOrIri)) {
            return Optional.of(eventTypes.get(slugOrIri));
        }
        return eventTypes.values().stream().filter(slugOrIri::equals).findFirst();
    }

    /** The slug of an evidence type IRI, the way tabular uploads name it. */
    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
