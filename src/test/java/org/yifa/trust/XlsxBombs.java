package org.yifa.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks that attack the XLSX reader: hostile XML in a sheet, or a sheet that inflates enormously. */
final class XlsxBombs {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxBombs() {
    }

    /** A sheet whose one cell refers to an external entity at {@code url}. */
    static String externalEntity(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + url + "\">]>\n"
                + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>";
    }

    /** A sheet whose one cell expands to 10^9 copies of "lol". */
    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [" + dtd + "]>\n"
                + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
                + "</row></sheetData></worksheet>";
    }

    /** A real workbook (the three sheets) whose first sheet is replaced by {@code sheetXml}. */
    static byte[] withSheetXml(String sheetXml) {
        return replaceSheet(goodWorkbook(), out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A real workbook whose first sheet inflates to {@code bytes} of XML (one cell padded with spaces). */
    static byte[] zipBomb(int bytes) {
        return replaceSheet(goodWorkbook(), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + NS + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < bytes; written += spaces.length) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    interface Writer {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] goodWorkbook() {
        return HostileUploads.workbook(wb -> {
            for (String name : List.of("evidence", "judgements", "vetoes")) {
                wb.createSheet(name).createRow(0).createCell(0).setCellValue("record_id");
            }
        });
    }

    private static byte[] replaceSheet(byte[] xlsx, Writer sheet) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(SHEET)) {
                    sheet.write(out);
                } else {
                    out.write(in.readAllBytes());
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
