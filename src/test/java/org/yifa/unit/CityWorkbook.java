package org.yifa.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A made-up city as a real .xlsx workbook (Apache POI): a municipal government, municipal departments,
 * districts with their departments and towns, development zones — {@code size} units in all, ids
 * prefixed so several cities can share a store. Each unit has a 统一社会信用代码 whose check character
 * is computed here from GB 32100-2015's definition.
 */
public final class CityWorkbook {

    /** One unit of the city, as a row of the {@code units} sheet. */
    public record Unit(String id, String name, String types, String parent, String creditCode, LocalDate validFrom) {
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CityWorkbook() {
    }

    /** The check character of GB 32100-2015: C18 = 31 − (Σ c_i · 3^(i−1) mod 31 … mod 31), 31 written as 0. */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 1; i <= 17; i++) {
            int weight = BigInteger.valueOf(3).pow(i - 1).mod(BigInteger.valueOf(31)).intValue();
            sum += ALPHABET.indexOf(first17.charAt(i - 1)) * weight;
        }
        int c18 = 31 - sum % 31;
        return first17 + ALPHABET.charAt(c18 == 31 ? 0 : c18);
    }

    /** A government body's code (11: 机构编制, 机关) of division 130100; the city and the body's number make it unique. */
    static String code(String prefix, int n) {
        return withCheckCharacter("11130100" + String.format("%04d%04d", Math.floorMod(prefix.hashCode(), 10000), n)
                + ALPHABET.charAt(n % 31));
    }

    public static List<Unit> city(String prefix, int size) {
        List<Unit> units = new ArrayList<>();
        String gov = prefix + "-gov";
        units.add(new Unit(gov, prefix + "市人民政府", "municipal-government", "", code(prefix, 1), null));
        for (int z = 1; z <= 2; z++) {
            units.add(new Unit(prefix + "-kfq" + z, prefix + "第" + z + "开发区管委会", "development-zone-committee", gov,
                    code(prefix, units.size() + 1), null));
        }
        for (int d = 1; d <= 40; d++) {
            String types = d % 5 == 0 ? "municipal-department, penalty-enforcement-department" : "municipal-department";
            units.add(new Unit(prefix + "-bm" + d, prefix + "市第" + d + "局", types, gov, code(prefix, units.size() + 1), null));
        }
        int district = 0;
        while (units.size() < size) {
            district++;
            String q = prefix + "-q" + district;
            units.add(new Unit(q, prefix + "第" + district + "区人民政府", "district-government", gov, code(prefix, units.size() + 1),
                    district == 3 ? LocalDate.of(2021, 7, 1) : null));
            for (int t = 1; t <= 12 && units.size() < size; t++) {
                units.add(new Unit(q + "-z" + t, prefix + "第" + district + "区第" + t + "镇人民政府", "township-government", q,
                        code(prefix, units.size() + 1), null));
            }
            for (int b = 1; b <= 8 && units.size() < size; b++) {
                units.add(new Unit(q + "-bm" + b, prefix + "第" + district + "区第" + b + "局", "district-department", q,
                        "", null));
            }
        }
        return units;
    }

    /** The workbook: a {@code units} sheet (header + one row per unit) and another sheet it must ignore. */
    public static byte[] xlsx(List<Unit> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("单位名册");
            Sheet sheet = workbook.createSheet("units");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] columns = {"id", "name", "unit_types", "parent", "统一社会信用代码", "valid_from", "valid_until"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            for (int r = 0; r < units.size(); r++) {
                Unit u = units.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(u.id());
                row.createCell(1).setCellValue(u.name());
                row.createCell(2).setCellValue(u.types());
                row.createCell(3).setCellValue(u.parent());
                row.createCell(4).setCellValue(u.creditCode());
                if (u.validFrom() != null) {
                    // An Excel date cell, as a user typing a date makes one.
                    row.createCell(5).setCellValue(u.validFrom());
                    row.getCell(5).setCellStyle(date);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The service's evidence template ({@code GET /api/evidence/template.xlsx}) filled in as an assessor
     * would: one row of the {@code evidence} sheet per record, values by column name.
     */
    public static byte[] ledger(byte[] template, List<java.util.Map<String, String>> evidence) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("evidence");
            Row header = sheet.getRow(0);
            for (int r = 0; r < evidence.size(); r++) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < header.getLastCellNum(); i++) {
                    String value = evidence.get(r).get(header.getCell(i).getStringCellValue());
                    if (value != null) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
