package org.yifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX upload: the sheets {@code evidence}, {@code judgements} and {@code vetoes}, each with its
 * header row (a sheet with only the header is fine); other sheets, such as the template's
 * {@code evidence_types}, are ignored. Cells may hold text, numbers, booleans or Excel dates.
 */
final class XlsxFile {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private XlsxFile() {
    }

    /** The three tables, or what could be read of them with the problems reported. */
    static List<Table> read(byte[] bytes, Problems problems) {
        if (startsWith(bytes, OLE2)) {
            problems.add(Position.FILE, null, "this is an Excel 97-2003 workbook (.xls) or an encrypted file, "
                    + "not an XLSX spreadsheet; save it as .xlsx (Excel Workbook) without a password");
            return List.of();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Table> tables = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                Sheet sheet = sheet(workbook, kind, problems);
                if (sheet != null) {
                    Table table = table(sheet, kind, problems);
                    if (table != null) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not OOXML (or a broken zip) with several exception types.
            problems.add(Position.FILE, null, "not an XLSX spreadsheet: " + e.getMessage());
            return List.of();
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, Kind kind, Problems problems) {
        Sheet found = null;
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(kind.sheet())) {
                return sheet;
            }
            if (sheet.getSheetName().strip().equalsIgnoreCase(kind.sheet())) {
                found = sheet;
            }
        }
        if (found == null && kind.optionalSheet()) {
            return null;
        }
        String message = found != null
                ? "the sheet '" + found.getSheetName() + "' must be named exactly '" + kind.sheet() + "'"
                : "the sheet '" + kind.sheet() + "' is missing; the workbook needs the sheets evidence, judgements "
                        + "and vetoes (one with only its header row is fine)";
        problems.add(new Position(kind.sheet(), null, null, null), null, message);
        return null;
    }

    private static Table table(Sheet sheet, Kind kind, Problems problems) {
        String name = kind.sheet();
        Row first = sheet.getRow(0);
        List<String> header = new ArrayList<>();
        if (first != null) {
            for (int i = 0; i < Math.max(first.getLastCellNum(), 0); i++) {
                header.add(text(first.getCell(i), name, 1, Header.columnLabel(i), problems));
            }
        }
        if (header.stream().allMatch(String::isBlank)) {
            problems.add(Position.row(name, 1), null, "the header row is empty; the " + name + " columns are: "
                    + String.join(", ", kind.columnNames()));
            return null;
        }
        Map<Integer, String> columns = Header.check(kind, header, name, problems);
        if (columns == null) {
            return null;
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Position at = Position.row(name, r + 1);
            Map<String, String> values = new LinkedHashMap<>();
            boolean blank = true;
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                String column = columns.get(i);
                String value = text(row.getCell(i), name, r + 1, column == null ? Header.columnLabel(i) : column, problems);
                if (value.isBlank()) {
                    continue;
                }
                blank = false;
                if (column == null) {
                    problems.add(at, Header.columnLabel(i), "a value in a column without a header: '" + value + "'");
                } else {
                    values.put(column, value);
                }
            }
            if (!blank) {
                rows.add(new Table.Row(at, values));
            }
        }
        return new Table(kind, rows, Table.COLUMNS);
    }

    /** A cell as the text a user typed ({@link CellText}); an Excel error value is a problem. */
    private static String text(Cell cell, String sheet, int row, String field, Problems problems) {
        String text = CellText.of(cell);
        if (text == null) {
            problems.add(Position.row(sheet, row), field, "the cell holds an Excel error value");
            return "";
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
