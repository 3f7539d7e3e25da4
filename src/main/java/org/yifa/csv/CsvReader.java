package org.yifa.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader of the service: RFC 4180 (comma, double quotes, quotes written twice, line
 * breaks inside quotes, CRLF or LF) on Apache Commons CSV, with a header row. A leading byte order
 * mark is dropped and blank lines are skipped. Malformed input is reported the same way for every
 * caller: a double quote inside a field that does not start with one, text after a closing quote, a
 * quote that is never closed, and rows whose width differs from the header's.
 */
public final class CsvReader {

    /*
     * Commons CSV reads leniently here (trailing data, unclosed quote at end of file) so that the
     * record can be checked against its raw text below; strict mode would throw without saying in
     * which field, and it takes a stray quote in an unquoted field as a literal character.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();

    private CsvReader() {
    }

    /** Reads {@code text}; never throws for malformed input, which is listed in the table's problems. */
    public static CsvTable read(String text) {
        String s = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<String> header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(s))) {
            long endLine = 0;
            for (CSVRecord record : parser) {
                int line = (int) endLine + 1;
                int row = (int) record.getRecordNumber();
                endLine = parser.getCurrentLineNumber();
                List<String> fields = record.toList();
                CsvProblem syntax = checkRaw(s, (int) record.getCharacterPosition(), fields, line, row);
                if (syntax != null) {
                    problems.add(syntax);
                    break;
                }
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header = List.copyOf(fields);
                } else if (fields.size() != header.size()) {
                    problems.add(ragged(header, fields.size(), line, row));
                } else {
                    rows.add(new CsvTable.Row(line, row, List.copyOf(fields)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new CsvProblem(0, 0, -1, "unreadable CSV: " + e.getMessage()));
        }
        if (header == null) {
            problems.add(0, new CsvProblem(1, 1, -1, "the file is empty; expected a header row"));
            header = List.of();
        }
        return new CsvTable(header, List.copyOf(rows), List.copyOf(problems));
    }

    private static CsvProblem ragged(List<String> header, int found, int line, int row) {
        CsvTable named = new CsvTable(header, List.of(), List.of());
        int column = Math.min(found, header.size());
        String detail = found < header.size()
                ? ": '" + named.columnName(column) + "' and the columns after it are missing"
                : ": values after the last column";
        return new CsvProblem(line, row, column,
                "the row has " + found + " fields, the header row " + header.size() + detail);
    }

    /**
     * Compares the parsed fields with the raw text they came from, field by field: an unquoted
     * field must hold no quote, a quoted one must be its value quoted (inner quotes doubled) and be
     * followed by a comma or the end of the line.
     */
    private static CsvProblem checkRaw(String s, int start, List<String> fields, int line, int row) {
        int p = start;
        for (int k = 0; k < fields.size(); k++) {
            String value = fields.get(k);
            if (p < s.length() && s.charAt(p) == '"') {
                String raw = '"' + value.replace("\"", "\"\"") + '"';
                if (!s.startsWith(raw, p)) {
                    boolean unclosed = p + raw.length() - 1 == s.length()
                            && s.startsWith(raw.substring(0, raw.length() - 1), p);
                    return new CsvProblem(line, row, k, unclosed
                            ? "a quoted field is not closed: its opening quote has no closing quote before the end of the file"
                            : "text after the closing quote of a quoted field; quote the whole field");
                }
                p += raw.length();
            } else {
                if (value.indexOf('"') >= 0) {
                    return new CsvProblem(line, row, k, "a double quote inside a field that does not start with one; "
                            + "quote the whole field and write each quote in it twice");
                }
                p += value.length();
            }
            boolean last = k == fields.size() - 1;
            char next = p < s.length() ? s.charAt(p) : '\n';
            if (last ? next != '\n' && next != '\r' : next != ',') {
                return new CsvProblem(line, row, k, "text after the closing quote of a quoted field; quote the whole field");
            }
            p++;
        }
        return null;
    }
}
