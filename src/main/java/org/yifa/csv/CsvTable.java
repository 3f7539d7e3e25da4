package org.yifa.csv;

import java.util.List;

/**
 * A CSV text read by {@link CsvReader}: the header row, the data rows that could be read and the
 * problems found. A syntax problem (quote) ends the reading; a row of the wrong width is reported and
 * left out while the rows after it are still read.
 */
public record CsvTable(List<String> header, List<Row> rows, List<CsvProblem> problems) {

    /**
     * One record below the header. {@code line} is the 1-based text line it starts on; {@code row}
     * is its 1-based place among records as a spreadsheet shows it (the header is row 1, a quoted
     * line break does not start a new row, a blank line is a row).
     */
    public record Row(int line, int row, List<String> fields) {
    }

    /** The header cell of a column, or its spreadsheet letter ("column C") where the cell is blank or absent. */
    public String columnName(int index) {
        if (index >= 0 && index < header.size() && !header.get(index).isBlank()) {
            return header.get(index).strip();
        }
        return columnLabel(index);
    }

    /** A column as a spreadsheet names it: 0 is "column A", 26 is "column AA". */
    public static String columnLabel(int index) {
        StringBuilder label = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return "column " + label;
    }
}
