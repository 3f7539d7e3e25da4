package org.yifa.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook a city fills in with its units: the sheet {@code units} with its header row, and the
 * sheet {@code unit_types} listing the slugs the column {@code unit_types} takes, with their names.
 */
final class UnitTemplate {

    private UnitTemplate() {
    }

    static byte[] xlsx(List<String[]> unitTypes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = workbook.createSheet(UnitTable.SHEET);
            row(units, 0, Arrays.stream(Field.values()).map(f -> f.name(Field.Naming.COLUMN)).toArray(String[]::new));
            Sheet types = workbook.createSheet("unit_types");
            row(types, 0, "unit_type", "名称", "name");
            for (int i = 0; i < unitTypes.size(); i++) {
                row(types, i + 1, unitTypes.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        sheet.setColumnWidth(0, 40 * 256);
    }
}
