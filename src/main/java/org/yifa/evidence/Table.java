package org.yifa.evidence;

import java.util.List;
import java.util.Map;

/**
 * The records of one kind as read from a sheet, a CSV file or an RDF file, still as text.
 *
 * @param field names a column in messages: the column itself (tabular) or its property (RDF)
 */
record Table(Kind kind, List<Row> rows, FieldNames field) {

    /** One record: where it is and its values by column name (blank = absent). */
    record Row(Position at, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** How a column is named in a problem. */
    interface FieldNames {
        String of(Kind kind, String column);
    }

    static final FieldNames COLUMNS = (kind, column) -> column;
}
