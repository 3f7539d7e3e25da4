package org.yifa.evidence;

/**
 * Where a record came from: a row of a sheet or CSV file (header = row 1), or a line and IRI of an
 * RDF file. Fields are named by column for tabular input and by property CURIE for RDF.
 */
record Position(String sheet, Integer row, Integer line, String record) {

    static final Position FILE = new Position(null, null, null, null);

    static Position row(String sheet, int row) {
        return new Position(sheet, row, null, null);
    }

    static Position line(int line) {
        return new Position(null, null, line, null);
    }

    static Position rdf(Integer line, String record) {
        return new Position(null, null, line, record);
    }

    Problem problem(String field, String message) {
        return new Problem(sheet, row, line, record, field, message);
    }
}
