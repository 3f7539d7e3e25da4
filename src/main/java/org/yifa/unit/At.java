package org.yifa.unit;

import org.yifa.evidence.Problem;

/**
 * Where a unit came from, as the evidence upload places its problems: a row of a sheet or CSV file
 * (header = row 1), or the IRI of an RDF resource, or nothing (one unit sent as JSON).
 */
record At(String sheet, Integer row, String record, Field.Naming naming) {

    static At row(String sheet, int row) {
        return new At(sheet, row, null, Field.Naming.COLUMN);
    }

    static At rdf(String iri) {
        return new At(null, null, iri, Field.Naming.PROPERTY);
    }

    static final At JSON = new At(null, null, null, Field.Naming.JSON);
    static final At FILE = new At(null, null, null, Field.Naming.COLUMN);

    Problem problem(Field field, String message) {
        return new Problem(sheet, row, null, record, field == null ? null : field.name(naming), message);
    }

    /** How a user finds this place again in a message about another one. */
    String describe() {
        return row != null ? "row " + row : record != null ? "<" + record + ">" : "the request";
    }
}
