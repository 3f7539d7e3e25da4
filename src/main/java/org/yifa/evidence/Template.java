package org.yifa.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template for evidence ledgers: the sheets evidence, judgements and vetoes with their
 * header rows, drop-down lists where a column takes one of a few values, and a read-only sheet
 * evidence_types listing the evidence types (slug, Chinese and English label) the list offers.
 */
final class Template {

    static final String TYPES_SHEET = "evidence_types";
    static final String EVENT_TYPES_SHEET = "event_types";
    /** Rows below the header that carry the drop-down lists. */
    private static final int LAST_ROW = 5000;

    private Template() {
    }

    /**
     * @param types    evidence types as {slug, zh, en}
     * @param vetoItems notations of the veto conditions, e.g. 9.1 … 9.6
     */
    static byte[] build(List<String[]> types, List<String> vetoItems) {
        return build(types, vetoItems, List.of());
    }

    /** As {@link #build(List, List)}, with the event types {slug, zh, en} the sheet events offers. */
    static byte[] build(List<String[]> types, List<String> vetoItems, List<String[]> eventTypes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Text cells keep what is typed: record ids like 001, dates as yyyy-mm-dd, digests.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            for (Kind kind : Kind.values()) {
                XSSFSheet sheet = workbook.createSheet(kind.sheet());
                header(sheet, kind.columnNames(), bold);
                for (int i = 0; i < kind.columns().size(); i++) {
                    sheet.setDefaultColumnStyle(i, text);
                    sheet.setColumnWidth(i, 20 * 256);
                }
                sheet.createFreezePane(0, 1);
            }

            listSheet(workbook, TYPES_SHEET, types, bold);

            Name slugs = workbook.createName();
            slugs.setNameName("evidence_type_slugs");
            slugs.setRefersToFormula(TYPES_SHEET + "!$A$2:$A$" + Math.max(2, types.size() + 1));

            choose(workbook.getSheet(Kind.EVIDENCE.sheet()), Kind.EVIDENCE, "evidence_type",
                    h -> h.createFormulaListConstraint("evidence_type_slugs"));
            choose(workbook.getSheet(Kind.EVIDENCE.sheet()), Kind.EVIDENCE, "provisional",
                    h -> h.createExplicitListConstraint(new String[] {"true", "false"}));
            choose(workbook.getSheet(Kind.JUDGEMENTS.sheet()), Kind.JUDGEMENTS, "verdict",
                    h -> h.createExplicitListConstraint(new String[] {"met", "missed"}));
            if (!vetoItems.isEmpty()) {
                choose(workbook.getSheet(Kind.VETOES.sheet()), Kind.VETOES, "veto_item",
                        h -> h.createExplicitListConstraint(vetoItems.toArray(String[]::new)));
            }
            if (!eventTypes.isEmpty()) {
                listSheet(workbook, EVENT_TYPES_SHEET, eventTypes, bold);
                Name events = workbook.createName();
                events.setNameName("event_type_slugs");
                events.setRefersToFormula(EVENT_TYPES_SHEET + "!$A$2:$A$" + (eventTypes.size() + 1));
                choose(workbook.getSheet(Kind.EVENTS.sheet()), Kind.EVENTS, "event_type",
                        h -> h.createFormulaListConstraint("event_type_slugs"));
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read-only sheet of concepts: slug, Chinese and English label. */
    private static void listSheet(XSSFWorkbook workbook, String name, List<String[]> concepts, CellStyle bold) {
        XSSFSheet list = workbook.createSheet(name);
        header(list, List.of("slug", "zh", "en"), bold);
        for (int r = 0; r < concepts.size(); r++) {
            Row row = list.createRow(r + 1);
            for (int c = 0; c < 3; c++) {
                row.createCell(c).setCellValue(concepts.get(r)[c]);
            }
        }
        list.setColumnWidth(0, 36 * 256);
        list.setColumnWidth(1, 30 * 256);
        list.setColumnWidth(2, 50 * 256);
        list.protectSheet("");
    }

    private static void header(XSSFSheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(bold);
        }
    }

    private static void choose(XSSFSheet sheet, Kind kind, String column,
            java.util.function.Function<DataValidationHelper, org.apache.poi.ss.usermodel.DataValidationConstraint> constraint) {
        int index = kind.columnNames().indexOf(column);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(constraint.apply(helper),
                new CellRangeAddressList(1, LAST_ROW, index, index));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
