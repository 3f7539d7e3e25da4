package org.yifa.csv;

import org.yifa.store.InvalidInputException;

/** The error of a data file shipped with the service: file:line and the column, for the first problem. */
public final class CsvErrors {

    private CsvErrors() {
    }

    /** Throws for the table's first problem, if any; returns the table otherwise. */
    public static CsvTable orThrow(String file, CsvTable table) {
        if (!table.problems().isEmpty()) {
            CsvProblem p = table.problems().get(0);
            String column = p.column() < 0 ? "" : "column '" + table.columnName(p.column()) + "': ";
            throw new InvalidInputException(file, p.line(), column + p.message());
        }
        return table;
    }
}
