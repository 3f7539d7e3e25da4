package org.yifa.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yifa.csv.CsvErrors;
import org.yifa.csv.CsvReader;
import org.yifa.csv.CsvTable;
import org.yifa.store.InvalidInputException;

/** A data file of laws read by the shared {@link CsvReader}, its rows by column name. */
final class Csv {

    /** A data row: its 1-based line in the file and its values by column name. */
    record Row(String file, int line, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }

        InvalidInputException error(String message) {
            return new InvalidInputException(file, line, message);
        }
    }

    private Csv() {
    }

    /** Parses {@code text}; rejects a file whose header lacks one of {@code required}. */
    static List<Row> parse(String file, String text, String... required) {
        CsvTable table = CsvErrors.orThrow(file, CsvReader.read(text));
        List<String> header = table.header().stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file, 1, "header lacks column '" + column + "'");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row record : table.rows()) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), record.fields().get(c));
            }
            rows.add(new Row(file, record.line(), byName));
        }
        return rows;
    }
}
