package org.yifa.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV upload (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double
 * quotes): one kind of record per file, recognised by its header row. Rows are numbered as a
 * spreadsheet shows them, so a quoted line break does not start a new row.
 */
final class CsvFile {

    /** Excel on a Chinese Windows saves CSV in GB18030 (GBK) unless told otherwise. */
    private static final Charset FALLBACK = Charset.forName("GB18030");

    private record Record(int row, List<String> fields) {
    }

    private CsvFile() {
    }

    /** The records of the file, or empty with the problems reported when it cannot be read. */
    static Optional<Table> read(byte[] bytes, Charset declared, Problems problems) {
        String text = decode(bytes, declared);
        List<Record> records = split(text, problems);
        if (records.isEmpty() || records.get(0).fields().stream().allMatch(f -> f.isBlank())) {
            problems.add(Position.row(null, 1), null, "the file has no header row; expected one of: " + Header.kinds());
            return Optional.empty();
        }
        List<String> header = records.get(0).fields();
        Optional<Kind> kind = Header.recognise(header);
        if (kind.isEmpty()) {
            problems.add(Position.row(null, 1), null, "the header row names no kind of record; expected one of: "
                    + Header.kinds());
            return Optional.empty();
        }
        Map<Integer, String> columns = Header.check(kind.get(), header, null, problems);
        if (columns == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add(columns.getOrDefault(i, Header.columnLabel(i)));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            Position at = Position.row(null, record.row());
            int n = record.fields().size();
            if (n != header.size()) {
                String field = n < header.size() ? names.get(n) : Header.columnLabel(header.size());
                problems.add(at, field, "the row has " + n + " fields, the header row " + header.size()
                        + (n < header.size() ? ": '" + field + "' and the columns after it are missing"
                                : ": values after the last column"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((i, name) -> values.put(name, record.fields().get(i)));
            rows.add(new Table.Row(at, values));
        }
        return Optional.of(new Table(kind.get(), rows, Table.COLUMNS));
    }

    static String decode(byte[] bytes, Charset declared) {
        String text;
        if (declared != null) {
            text = new String(bytes, declared);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, FALLBACK);
            }
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /** Splits the text into records; an unterminated quote ends the file with a problem. */
    private static List<Record> split(String s, Problems problems) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new Record(row++, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                closed = false;
            } else if (c == '"' && field.isEmpty() && !closed) {
                quoted = true;
            } else {
                if (closed) {
                    problems.add(Position.row(null, row), fieldName(records, fields.size()),
                            "unexpected text after the closing quote of a quoted value");
                    closed = false;
                }
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(Position.row(null, row), fieldName(records, fields.size()),
                    "a quoted value is not closed: the quote that opens it has no closing quote before the end of the file");
            return records;
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(row, List.copyOf(fields)));
        }
        return records;
    }

    /** The header's name for a field index, once the header row is read. */
    private static String fieldName(List<Record> records, int index) {
        if (!records.isEmpty() && index < records.get(0).fields().size()) {
            String name = Header.normalise(records.get(0).fields().get(index));
            if (!name.isEmpty()) {
                return name;
            }
        }
        return Header.columnLabel(index);
    }
}
