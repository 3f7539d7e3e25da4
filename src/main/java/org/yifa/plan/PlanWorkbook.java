package org.yifa.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as a ledger to fill in: the upload template's sheets with one row per record still to supply
 * (evidence type given; record_id, date, title and what else the record says left to fill in) and one
 * per judgement still to give (criterion and year given), and a sheet {@code plan} that says, per row,
 * the dates it may bear, its validity, the criteria it counts for, the responsible body and the legal
 * basis. The upload ignores the {@code plan} sheet.
 */
final class PlanWorkbook {

    static final String PLAN_SHEET = "plan";
    static final List<String> PLAN_COLUMNS = List.of("sheet", "row", "evidence_type", "date_from", "date_to",
            "valid_until", "criteria", "items", "responsible", "legal_basis", "judged_by", "obligation");

    private PlanWorkbook() {
    }

    static byte[] of(Plan plan, byte[] template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet evidence = workbook.getSheet("evidence");
            Sheet judgements = workbook.getSheet("judgements");
            Sheet events = workbook.getSheet("events");
            Sheet guide = workbook.createSheet(PLAN_SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = guide.createRow(0);
            for (int i = 0; i < PLAN_COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(PLAN_COLUMNS.get(i));
                head.getCell(i).setCellStyle(bold);
                guide.setColumnWidth(i, (i >= 6 ? 40 : 14) * 256);
            }
            for (Plan.Action a : plan.actions()) {
                if ("supply".equals(a.kind())) {
                    for (int i = 0; i < a.count(); i++) {
                        Row row = append(evidence, Map.of("evidence_type", a.evidenceType()));
                        guide(guide, "evidence", row.getRowNum() + 1, a, a.evidenceType());
                    }
                } else if ("state".equals(a.kind()) && events != null) {
                    Row row = append(events, Map.of("event_type", a.evidenceType(), "year", String.valueOf(plan.year())));
                    guide(guide, "events", row.getRowNum() + 1, a, a.evidenceType());
                } else if ("judge".equals(a.kind())) {
                    Row row = append(judgements, Map.of("criterion", a.criteria().get(0), "year", String.valueOf(plan.year())));
                    guide(guide, "judgements", row.getRowNum() + 1, a, "");
                }
            }
            guide.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new row at the end of a template sheet, the given columns (by their header names) filled in. */
    private static Row append(Sheet sheet, Map<String, String> values) {
        Row header = sheet.getRow(0);
        Map<String, Integer> columns = new HashMap<>();
        header.forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        values.forEach((column, value) -> row.createCell(columns.get(column)).setCellValue(value));
        return row;
    }

    private static void guide(Sheet guide, String sheet, int rowNumber, Plan.Action a, String type) {
        Row row = guide.createRow(guide.getLastRowNum() + 1);
        String validity = a.validUntilYears() != null ? "required, at most " + a.validUntilYears() + " years after date"
                : a.validityRequired() ? "required" : "";
        List<String> cells = List.of(sheet, String.valueOf(rowNumber), type,
                a.from() == null ? ("supply".equals(a.kind()) ? "any" : "") : a.from(),
                "supply".equals(a.kind()) || "state".equals(a.kind()) ? a.deadline() : "", validity,
                String.join(", ", a.criteria()), String.join(", ", a.items()), String.join("、", a.responsible()),
                String.join("；", a.provisions()), a.judgedBy() == null ? "" : a.judgedBy(), String.join(" ", a.obligations()));
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
