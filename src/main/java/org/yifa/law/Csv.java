package org.yifa.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yifa.store.InvalidInputException;

/** Comma-separated files with a header row and RFC 4180 quoting. */
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
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        String s = text.startsWith("\ufeff") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                starts.add(start);
                record = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(file, start, "quote not closed");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            starts.add(start);
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(file, 1, "empty file, expected a header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file, 1, "header lacks column '" + column + "'");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() != header.size()) {
                throw new InvalidInputException(file, starts.get(r),
                        "expected " + header.size() + " columns, found " + values.size());
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), values.get(c));
            }
            rows.add(new Row(file, starts.get(r), byName));
        }
        return rows;
    }
}
