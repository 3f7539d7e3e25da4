package org.yifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX files for tests, written with POI: sheets by name, rows of cell values. */
final class Workbooks {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    static Workbooks create() {
        return new Workbooks();
    }

    /** The three sheets with their correct header rows and no data. */
    static Workbooks empty() {
        Workbooks w = new Workbooks();
        for (Kind kind : Kind.values()) {
            w.sheet(kind.sheet(), List.copyOf(kind.columnNames()));
        }
        return w;
    }

    Workbooks sheet(String name, List<?>... rows) {
        sheets.put(name, new java.util.ArrayList<>());
        for (List<?> row : rows) {
            sheets.get(name).add(List.copyOf(row));
        }
        return this;
    }

    Workbooks row(String sheet, Object... cells) {
        sheets.get(sheet).add(java.util.Arrays.asList(cells));
        return this;
    }

    Workbooks without(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> fill(workbook, workbook.createSheet(name), rows));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(XSSFWorkbook workbook, Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value instanceof java.time.LocalDate d) {
                    cell.setCellValue(d);
                    var style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
                    cell.setCellStyle(style);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
