package org.yifa.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills an exported plan workbook in as a unit would, following its sheet {@code plan}: a new id, a title
 * and a date inside the row's dates for every record, a valid_until where the plan asks for one, and a
 * judgement (met) for every judgement row.
 */
final class Ledger {

    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) years");
    private static final DataFormatter TEXT = new DataFormatter();

    /** A row of the filled workbook: its sheet and 1-based row number. */
    record Line(String sheet, int row) {
    }

    private Ledger() {
    }

    static byte[] fill(byte[] exported, String prefix) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            LocalDate today = LocalDate.now();
            int n = 0;
            for (Map<String, String> g : rows(book.getSheet(PlanWorkbook.PLAN_SHEET))) {
                Sheet sheet = book.getSheet(g.get("sheet"));
                Row row = sheet.getRow(Integer.parseInt(g.get("row")) - 1);
                Map<String, Integer> col = columns(sheet);
                n++;
                if ("evidence".equals(g.get("sheet"))) {
                    LocalDate to = LocalDate.parse(g.get("date_to"));
                    LocalDate date = to.isAfter(today) ? today : to;
                    if (!"any".equals(g.get("date_from")) && date.isBefore(LocalDate.parse(g.get("date_from")))) {
                        throw new IllegalStateException("row " + g + " has no date up to today");
                    }
                    set(row, col, "record_id", prefix + "-" + n);
                    set(row, col, "title", "整改记录 " + n + "（" + g.get("criteria") + "）");
                    set(row, col, "date", date.toString());
                    Matcher cap = AT_MOST.matcher(g.get("valid_until"));
                    if (cap.find()) {
                        set(row, col, "valid_until", date.plusYears(Integer.parseInt(cap.group(1))).toString());
                    } else if (!g.get("valid_until").isEmpty()) {
                        set(row, col, "valid_until", date.plusYears(1).toString());
                    }
                } else if ("events".equals(g.get("sheet"))) {
                    // A unit answering its plan's question: the event did not occur in the year.
                    set(row, col, "record_id", prefix + "-" + n);
                    set(row, col, "occurrences", "0");
                    LocalDate to = LocalDate.parse(g.get("date_to"));
                    set(row, col, "date", (to.isAfter(today) ? today : to).toString());
                    set(row, col, "statement", "按整改清单报告：本年度未发生（" + g.get("criteria") + "）");
                } else {
                    set(row, col, "verdict", "met");
                    set(row, col, "reason", "按整改清单评定：" + g.get("obligation"));
                    set(row, col, "date", today.toString());
                    set(row, col, "assessor", "测试评估员");
                }
            }
            return bytes(book);
        }
    }

    /** The rows the plan sheet lists. */
    static List<Line> lines(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return rows(book.getSheet(PlanWorkbook.PLAN_SHEET)).stream()
                    .map(g -> new Line(g.get("sheet"), Integer.parseInt(g.get("row")))).toList();
        }
    }

    /** The workbook with one row taken out (left blank, as a user deleting its contents would). */
    static byte[] without(byte[] workbook, Line line) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(line.sheet());
            sheet.removeRow(sheet.getRow(line.row() - 1));
            return bytes(book);
        }
    }

    /** Every data row of a sheet as column → text. */
    static List<Map<String, String>> rows(Sheet sheet) {
        Map<String, Integer> col = columns(sheet);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            col.forEach((name, i) -> {
                Cell cell = row.getCell(i);
                values.put(name, cell == null ? "" : TEXT.formatCellValue(cell));
            });
            rows.add(values);
        }
        return rows;
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> col = new HashMap<>();
        sheet.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
        return col;
    }

    private static void set(Row row, Map<String, Integer> col, String column, String value) {
        Cell cell = row.getCell(col.get(column));
        (cell == null ? row.createCell(col.get(column)) : cell).setCellValue(value);
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
