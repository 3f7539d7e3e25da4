package org.yifa.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with an upload, placed where the user can find it: a spreadsheet or CSV row as
 * the user sees it (header = row 1, with the sheet for XLSX), a line of a Turtle file, or the IRI
 * of an RDF record. Absent parts are {@code null}; a problem of the whole file has none.
 *
 * @param field the column (tabular) or property CURIE such as {@code dcterms:date} (RDF)
 */
public record Problem(String sheet, Integer row, Integer line, String record, String field, String message) {

    /** The problem as JSON, leaving out what is unknown. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "sheet", sheet);
        put(json, "row", row);
        put(json, "line", line);
        put(json, "record", record);
        put(json, "field", field);
        json.put("message", message);
        return json;
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append("sheet ").append(sheet).append(' ');
        }
        if (row != null) {
            where.append("row ").append(row).append(' ');
        }
        if (line != null) {
            where.append("line ").append(line).append(' ');
        }
        if (record != null) {
            where.append('<').append(record).append("> ");
        }
        if (field != null) {
            where.append(field).append(' ');
        }
        return where + (where.isEmpty() ? "" : ": ") + message;
    }
}
