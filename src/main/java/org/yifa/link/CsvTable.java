package org.yifa.link;

import java.util.List;

import org.yifa.csv.CsvErrors;
import org.yifa.csv.CsvReader;

/** A link data file read by the shared {@link CsvReader}; a malformed file is rejected naming file:line and column. */
record CsvTable(String file, List<String> header, List<Row> rows) {

    /** One record below the header; {@code line} is the 1-based line where it starts. */
    record Row(int line, List<String> fields) {
    }

    static CsvTable parse(String file, String text) {
        org.yifa.csv.CsvTable table = CsvErrors.orThrow(file, CsvReader.read(text));
        return new CsvTable(file, table.header(),
                table.rows().stream().map(r -> new Row(r.line(), r.fields())).toList());
    }
}
