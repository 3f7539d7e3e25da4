package org.yifa.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yifa.evidence.CellText;
import org.yifa.evidence.Problem;

/**
 * The tabular forms of a city's units: the sheet {@code units} of a workbook (other sheets are
 * ignored, so the sheet can sit in the evidence template's workbook), or a CSV file (RFC 4180, UTF-8
 * or GB18030) recognised by its header row. Header = row 1, one column per {@link Field}, any order.
 */
final class UnitTable {

    static final String SHEET = "units";

    private UnitTable() {
    }

    static List<UnitRow> xlsx(byte[] bytes, List<Problem> problems) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                problems.add(new Problem(SHEET, null, null, null, null, "the workbook has no sheet named 'units' (it has: "
                        + String.join(", ", names) + "); its columns are: " + Field.columns()));
                return List.of();
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    String text = CellText.of(row.getCell(c));
                    if (text == null) {
                        problems.add(new Problem(SHEET, r + 1, null, null, "column " + (c + 1), "the cell holds an Excel error value"));
                    }
                    cells.add(Objects.requireNonNullElse(text, ""));
                }
                rows.add(cells);
            }
            return rows(rows, SHEET, problems);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not OOXML (a broken zip, an .xls) with several exception types.
            problems.add(At.FILE.problem(null, "not an XLSX workbook: " + e.getMessage()));
            return List.of();
        }
    }

    static List<UnitRow> csv(byte[] bytes, Charset declared, List<Problem> problems) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes, declared)), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                // Rows as a spreadsheet numbers them: a quoted line break does not start a new one.
                while (rows.size() < record.getRecordNumber() - 1) {
                    rows.add(List.of());
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(At.row(null, rows.size() + 1).problem(null, "the CSV file cannot be read after row "
                    + rows.size() + ": " + e.getMessage()));
            return List.of();
        }
        return rows(rows, null, problems);
    }

    /** The units of the rows below a header row (row 1); every header problem is reported at once. */
    private static List<UnitRow> rows(List<List<String>> rows, String sheet, List<Problem> problems) {
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            problems.add(At.row(sheet, 1).problem(null, "the header row is empty; the columns are: " + Field.columns()));
            return List.of();
        }
        Map<Integer, Field> columns = new HashMap<>();
        Map<Field, Integer> seen = new EnumMap<>(Field.class);
        int before = problems.size();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            var field = Field.ofHeader(cell);
            if (field.isEmpty()) {
                problems.add(new Problem(sheet, 1, null, null, cell.strip(), "unknown column '" + cell.strip()
                        + "'; the columns are: " + Field.columns()));
            } else if (seen.putIfAbsent(field.get(), i) != null) {
                problems.add(At.row(sheet, 1).problem(field.get(), "the column appears twice in the header row"));
            } else {
                columns.put(i, field.get());
            }
        }
        Arrays.stream(Field.values()).filter(f -> f.required() && !seen.containsKey(f)).forEach(f ->
                problems.add(At.row(sheet, 1).problem(f, "the required column '" + f.name(Field.Naming.COLUMN)
                        + "' is missing from the header row; the columns are: " + Field.columns())));
        if (problems.size() > before) {
            return List.of();
        }
        List<UnitRow> units = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Field, String> values = new EnumMap<>(Field.class);
            for (int i = 0; i < cells.size(); i++) {
                Field field = columns.get(i);
                if (field != null) {
                    values.put(field, cells.get(i).strip());
                } else if (!cells.get(i).isBlank()) {
                    problems.add(new Problem(sheet, r + 1, null, null, "column " + (i + 1),
                            "a value in a column without a header: '" + cells.get(i).strip() + "'"));
                }
            }
            String types = values.getOrDefault(Field.UNIT_TYPES, "");
            units.add(new UnitRow(At.row(sheet, r + 1), values.getOrDefault(Field.ID, ""),
                    values.getOrDefault(Field.NAME, ""),
                    Arrays.stream(types.split("[,，;；、\\s]+")).filter(s -> !s.isBlank()).toList(),
                    values.getOrDefault(Field.PARENT, ""), values.getOrDefault(Field.CREDIT_CODE, ""),
                    values.getOrDefault(Field.VALID_FROM, ""), values.getOrDefault(Field.VALID_UNTIL, "")));
        }
        if (units.isEmpty() && problems.size() == before) {
            problems.add(At.row(sheet, 2).problem(null, "there are no units below the header row"));
        }
        return units;
    }

    /** UTF-8 unless the bytes are not, then GB18030 (what Excel on a Chinese Windows saves). */
    private static String decode(byte[] bytes, Charset declared) {
        String text;
        if (declared != null) {
            text = new String(bytes, declared);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("GB18030"));
            }
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
}
