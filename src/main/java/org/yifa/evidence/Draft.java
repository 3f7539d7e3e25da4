package org.yifa.evidence;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * The records of an upload as they would be written, with where each came from so that a later
 * check (against the store, or SHACL) can still point at the row or line.
 */
final class Draft {

    /**
     * One record of the draft.
     *
     * @param key the record id (evidence, veto events) or criterion IRI and year (judgements) that must be new for the unit
     */
    record Entry(Kind kind, String iri, Position at, Table.FieldNames names, String key) {

        String field(String column) {
            return names.of(kind, column);
        }
    }

    final Model model;
    final List<Entry> entries = new ArrayList<>();

    Draft(Model model) {
        this.model = model;
    }

    int count(Kind kind) {
        return (int) entries.stream().filter(e -> e.kind() == kind).count();
    }

    java.util.Optional<Entry> entry(String iri) {
        return entries.stream().filter(e -> e.iri().equals(iri)).findFirst();
    }
}
