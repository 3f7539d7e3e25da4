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

import org.yifa.csv.CsvProblem;
import org.yifa.csv.CsvReader;
import org.yifa.csv.CsvTable;

/**
 * A CSV upload read by the shared {@link CsvReader}: one kind of record per file, recognised by its
 * header row. Rows are numbered as a spreadsheet shows them, so a quoted line break does not start a
 * new row; every problem of the reader lands in the upload's problem list with its row and field.
 */
final class CsvFile {

    /** Excel on a Chinese Windows saves CSV in GB18030 (GBK) unless told otherwise. */
    private static final Charset FALLBACK = Charset.forName("GB18030");

    private CsvFile() {
    }

    /** The records of the file, or empty with the problems reported when it cannot be read. */
    static Optional<Table> read(byte[] bytes, Charset declared, Problems problems) {
        CsvTable csv = CsvReader.read(decode(bytes, declared));
        List<String> header = csv.header();
        if (header.stream().allMatch(String::isBlank)) {
            problems.add(Position.row(null, 1), null, "the file has no header row; expected one of: " + Header.kinds());
            return Optional.empty();
        }
        for (CsvProblem p : csv.problems()) {
            problems.add(Position.row(null, p.row()), p.column() < 0 ? null : fieldName(header, p.column()),
                    p.message());
        }
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
        List<Table.Row> rows = new ArrayList<>();
        for (CsvTable.Row record : csv.rows()) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((i, name) -> values.put(name, record.fields().get(i)));
            rows.add(new Table.Row(Position.row(null, record.row()), values));
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

    /** The header's name for a field index, or its spreadsheet letter. */
    private static String fieldName(List<String> header, int index) {
        String name = index < header.size() ? Header.normalise(header.get(index)) : "";
        return name.isEmpty() ? Header.columnLabel(index) : name;
    }
}
