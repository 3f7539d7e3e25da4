package org.yifa.csv;

/**
 * What is wrong in a CSV text and where: the 1-based text line and spreadsheet row of the record,
 * and the 0-based column, or -1 where the problem concerns the whole record or file.
 */
public record CsvProblem(int line, int row, int column, String message) {
}
