package org.yifa.link;

import java.util.ArrayList;
import java.util.List;

import org.yifa.store.InvalidInputException;

/**
 * A CSV file as RFC 4180 has it (comma-separated, fields in double quotes may hold commas, quotes
 * written twice and line breaks), remembering the line on which each record starts so that errors
 * can name it.
 */
record CsvTable(String file, List<String> header, List<Row> rows) {

    /** One record below the header; {@code line} is the 1-based line where it starts. */
    record Row(int line, List<String> fields) {
    }

    static CsvTable parse(String file, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                recordLine = line;
            } else {
                if (c == '"') {
                    throw new InvalidInputException(file, line, "a double quote inside an unquoted field; "
                            + "quote the whole field and write the quote twice");
                }
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InvalidInputException(file, recordLine, "a quoted field is not closed");
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Row(recordLine, List.copyOf(fields)));
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(file, 1, "no header row");
        }
        return new CsvTable(file, records.get(0).fields(), List.copyOf(records.subList(1, records.size())));
    }
}
