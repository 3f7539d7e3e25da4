package org.yifa.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yifa.evidence.UploadFormat;

/**
 * Random evidence uploads for unit {@code unit}: damaged versions of good CSV, XLSX, Turtle and
 * JSON-LD files, workbooks with cells of every type in random places, and generated RDF that uses
 * the record vocabulary wrongly. {@code contextUrl} is a loopback address that must never be fetched.
 */
final class HostileUploads {

    /** One upload: its format, its bytes, the charset a client declared (CSV), and how it was made. */
    record Upload(UploadFormat format, byte[] bytes, Charset charset, String how) {
    }

    static final List<String> EVIDENCE = List.of("record_id", "evidence_type", "date", "title", "reference", "url",
            "sha256", "criterion", "valid_until", "provisional", "submitted_by");
    static final List<String> JUDGEMENTS = List.of("criterion", "year", "verdict", "reason", "date", "assessor");
    static final List<String> VETOES = List.of("record_id", "veto_item", "date", "title", "reference");

    private static final List<String> PREDICATES = List.of("a", "yf:unit", "yf:recordId", "yf:evidenceType",
            "dcterms:date", "dcterms:title", "dcterms:identifier", "yf:url", "yf:sha256", "yf:forCriterion",
            "yf:validUntil", "yf:provisional", "prov:wasAttributedTo", "prov:generatedAtTime", "yf:upload",
            "yf:criterion", "yf:year", "yf:verdict", "yf:reason", "yf:vetoEventType", "yf:unitId", "rdfs:label",
            "<http://example.org/p>", "yf:notAProperty");
    private static final List<String> CLASSES = List.of("yf:EvidenceRecord", "yf:Judgement", "yf:VetoEvent",
            "yf:Upload", "yf:Unit", "yf:AuditEntry", "yf:Requirement", "owl:Thing", "<http://example.org/C>");
    private static final List<String> DATATYPES = List.of("xsd:date", "xsd:dateTime", "xsd:integer", "xsd:boolean",
            "xsd:anyURI", "xsd:string", "xsd:gYear", "rdf:langString", "<http://example.org/dt>");
    private static final List<String> LEXICAL = List.of("2024-03-01", "2025-02-30", "9999-12-31", "0000-01-01",
            "-2024-01-01", "2024-1-1", "2024-03-01Z", "2024-03-01T10:00:00", "2025", "-1", "99999999999999999999",
            "true", "false", "1", "NaN", "", " ", "met", "missed", "maybe", "http://example.org/a", "javascript:alert(1)",
            "<img src=x onerror=alert(1)>", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "training-record", "7.4-1", "9.2", "示司发〔2025〕12号", "规范性文件目录（暂行）");

    private final Random random;
    private final Mutator mutator;
    private final String unit;
    private final String contextUrl;

    HostileUploads(Random random, String unit, String contextUrl) {
        this.random = random;
        this.mutator = new Mutator(random);
        this.unit = unit;
        this.contextUrl = contextUrl;
    }

    Upload next() {
        return switch (random.nextInt(11)) {
            case 0 -> csvText();
            case 1 -> csvBytes();
            case 2 -> new Upload(UploadFormat.XLSX, mutator.bytes(goodWorkbook(), 4), null, "xlsx bytes");
            case 3 -> new Upload(UploadFormat.XLSX, damagedEntry(goodWorkbook()), null, "xlsx entry text");
            case 4, 5 -> new Upload(UploadFormat.XLSX, randomWorkbook(), null, "xlsx random cells");
            case 6 -> new Upload(UploadFormat.TURTLE, text(mutator.text(Resources.text("valid.ttl").replace("{unit}", unit)
                    .replace("ttl-", id() + "-"), 4)), null, "turtle text");
            case 7 -> new Upload(UploadFormat.TURTLE, text(randomTurtle()), null, "turtle random");
            case 8 -> new Upload(UploadFormat.JSON_LD, text(mutator.text(Resources.text("valid.jsonld").replace("{unit}", unit)
                    .replace("json-", id() + "-"), 4)), null, "json-ld text");
            case 9 -> new Upload(UploadFormat.JSON_LD, text(randomJsonLd()), null, "json-ld random");
            default -> new Upload(pick(List.of(UploadFormat.values())), mutator.bytes(text(mutator.randomString(200)), 3),
                    null, "noise");
        };
    }

    private Upload csvText() {
        String csv = new String(goodCsv(), StandardCharsets.UTF_8);
        Charset charset = pick(List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16,
                StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII));
        String damaged = mutator.text(csv, 5);
        return new Upload(UploadFormat.CSV, damaged.getBytes(charset), random.nextBoolean() ? charset : null, "csv text");
    }

    private Upload csvBytes() {
        byte[] csv = random.nextBoolean() ? goodCsv()
                : new String(goodCsv(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
        return new Upload(UploadFormat.CSV, mutator.bytes(csv, 4), null, "csv bytes");
    }

    /** A valid ledger of evidence, judgements or veto events, with fresh record ids. */
    byte[] goodCsv() {
        StringBuilder sb = new StringBuilder();
        switch (random.nextInt(3)) {
            case 0 -> {
                sb.append(String.join(",", EVIDENCE)).append('\n');
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    sb.append(id()).append(",training-record,2024-0").append(1 + random.nextInt(9)).append("-1")
                            .append(random.nextInt(10)).append(",\"法治培训, 第").append(i).append("期\",示司发〔2024〕")
                            .append(i).append("号,https://example.org/").append(i).append(",,7.4-1,,false,张三\n");
                }
            }
            case 1 -> {
                sb.append(String.join(",", JUDGEMENTS)).append('\n');
                sb.append("7.1-2,").append(2000 + random.nextInt(25)).append(",met,材料显示已纳入考察,2024-12-20,李评估\n");
            }
            default -> {
                sb.append(String.join(",", VETOES)).append('\n');
                sb.append(id()).append(",9.2,2024-06-01,市政府责令纠正规范性文件,示府〔2024〕3号\n");
            }
        }
        return text(sb.toString());
    }

    /** The three sheets with their headers and a row of each. */
    byte[] goodWorkbook() {
        return workbook(wb -> {
            fill(wb.createSheet("evidence"), EVIDENCE, List.of(id(), "training-record", date(2024, 4, 12), "法治培训",
                    "示司发〔2024〕1号", "https://example.org/a", "", "7.4-1", "", false, "张三"));
            fill(wb.createSheet("judgements"), JUDGEMENTS, List.of("7.1-2", 2000 + random.nextInt(25), "met", "已纳入考察",
                    date(2024, 12, 20), "李评估"));
            fill(wb.createSheet("vetoes"), VETOES, List.of(id(), "9.2", date(2024, 6, 1), "责令纠正", ""));
        });
    }

    /** Sheets named right or nearly, headers shuffled or damaged, cells of random types. */
    private byte[] randomWorkbook() {
        return workbook(wb -> {
            List<String> names = new ArrayList<>(List.of("evidence", "judgements", "vetoes", " Evidence", "vetoes ",
                    "evidence_types", "Sheet1", "证据"));
            java.util.Collections.shuffle(names, random);
            for (String name : names.subList(0, 1 + random.nextInt(4))) {
                List<String> header = new ArrayList<>(name.toLowerCase().contains("judge") ? JUDGEMENTS
                        : name.toLowerCase().contains("veto") ? VETOES : EVIDENCE);
                if (random.nextBoolean()) {
                    java.util.Collections.shuffle(header, random);
                }
                if (random.nextInt(4) == 0) {
                    String damaged = mutator.text(header.get(0), 2);
                    header.set(random.nextInt(header.size()), damaged.substring(0, Math.min(damaged.length(), 200)));
                }
                Sheet sheet = wb.createSheet(name);
                Row top = sheet.createRow(random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0);
                for (int c = 0; c < header.size(); c++) {
                    top.createCell(c).setCellValue(header.get(c));
                }
                CellStyle dateStyle = wb.createCellStyle();
                dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                for (int r = 0, rows = random.nextInt(6); r < rows; r++) {
                    Row row = sheet.createRow(top.getRowNum() + 1 + r + (random.nextInt(5) == 0 ? random.nextInt(1000) : 0));
                    for (int c = 0; c < header.size() + random.nextInt(2); c++) {
                        randomCell(row.createCell(c), header.size() > c ? header.get(c) : "", dateStyle);
                    }
                }
            }
        });
    }

    private void randomCell(Cell cell, String column, CellStyle dateStyle) {
        switch (random.nextInt(10)) {
            case 0 -> cell.setCellValue(pick(LEXICAL));
            case 1 -> cell.setCellValue(mutator.randomString(random.nextInt(40)));
            case 2 -> cell.setCellValue(pick(List.of(0.0, -1.0, 1e308, Double.NaN, Double.POSITIVE_INFINITY, 2024.5,
                    45000.0, -45000.0, 2958466.0, 1.0E-300)));
            case 3 -> cell.setCellValue(random.nextBoolean());
            case 4 -> {
                Calendar cal = Calendar.getInstance();
                cal.set(1900 + random.nextInt(200), random.nextInt(12), 1 + random.nextInt(28));
                cell.setCellValue(cal);
                cell.setCellStyle(dateStyle);
            }
            case 5 -> cell.setCellFormula(pick(List.of("1/0", "A1", "NOW()", "\"2024-01-01\"", "SUM(A1:A3)", "B2&C2",
                    "HYPERLINK(\"http://127.0.0.1/\",\"x\")", "DATE(2024,2,30)")));
            case 6 -> cell.setCellErrorValue(pick(List.of(FormulaError.DIV0, FormulaError.NA, FormulaError.REF,
                    FormulaError.VALUE)).getCode());
            case 7 -> cell.setBlank();
            default -> cell.setCellValue(switch (column) {
                case "record_id" -> id();
                case "evidence_type" -> pick(List.of("training-record", "normative-document-register", "no-such-type"));
                case "criterion" -> pick(List.of("7.4-1", "7.1-2", "99.9-9", ""));
                case "veto_item" -> pick(List.of("9.1", "9.2", "9.6", "9.7", "1.1"));
                case "verdict" -> pick(List.of("met", "missed", "MET", "maybe"));
                default -> pick(LEXICAL);
            });
        }
    }

    /** The workbook's zip with the text of one of its XML parts damaged. */
    private byte[] damagedEntry(byte[] xlsx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            List<ZipEntry> entries = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(new ZipEntry(e.getName()));
                contents.add(in.readAllBytes());
            }
            int victim = random.nextInt(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                out.putNextEntry(entries.get(i));
                out.write(i == victim ? text(mutator.text(new String(contents.get(i), StandardCharsets.UTF_8), 4))
                        : contents.get(i));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String randomTurtle() {
        StringBuilder ttl = new StringBuilder("""
                @prefix yf: <https://w3id.org/yifa/ont#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                """);
        if (random.nextInt(5) == 0) {
            ttl.append("@base <").append(pick(List.of("http://example.org/", "https://w3id.org/yifa/id/", "file:///etc/")))
                    .append("> .\n");
        }
        for (int s = 0, n = 1 + random.nextInt(6); s < n; s++) {
            ttl.append(subject()).append(' ');
            for (int p = 0, m = 1 + random.nextInt(10); p < m; p++) {
                String predicate = pick(PREDICATES);
                ttl.append(p == 0 ? "" : " ;\n    ").append(predicate).append(' ')
                        .append(predicate.equals("a") ? pick(CLASSES) : object(2));
            }
            ttl.append(" .\n");
        }
        return ttl.toString();
    }

    private String subject() {
        return switch (random.nextInt(8)) {
            case 0 -> "<https://w3id.org/yifa/id/evidence/" + unit + "/" + id() + ">";
            case 1 -> "<https://w3id.org/yifa/id/veto/" + unit + "/" + id() + ">";
            case 2 -> "<https://w3id.org/yifa/id/judgement/" + unit + "/2024/7.1-2>";
            case 3 -> "<https://w3id.org/yifa/id/evidence/other-unit/" + id() + ">";
            case 4 -> "_:b" + random.nextInt(3);
            case 5 -> "<" + id() + ">";
            case 6 -> "<https://w3id.org/yifa/id/unit/" + unit + ">";
            default -> "<https://w3id.org/yifa/id/evidence/" + unit + "/" + mutator.randomString(5).replaceAll("[<>\"{}|^`\\\\\\s]", "x") + ">";
        };
    }

    private String object(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> "\"" + escape(pick(LEXICAL)) + "\"^^" + pick(DATATYPES);
            case 1 -> "\"" + escape(pick(LEXICAL)) + "\"@" + pick(List.of("zh", "en", "zh-Hans", "x-weird", "1"));
            case 2 -> "\"" + escape(mutator.randomString(random.nextInt(20))) + "\"";
            case 3 -> "<https://w3id.org/yifa/id/" + pick(List.of("unit/" + unit, "unit/sfj", "evidence-type/training-record",
                    "model-unit-goals/criterion/7.4-1", "model-unit-goals/veto-event/9.2", "upload/x")) + ">";
            case 4 -> pick(List.of("true", "false", "2025", "-1", "1.5e3", "99999999999999999999999"));
            case 5 -> pick(CLASSES);
            case 6 -> "\"" + escape(pick(LEXICAL)) + "\"";
            case 7 -> "[ " + pick(PREDICATES.subList(1, PREDICATES.size())) + " " + object(depth - 1) + " ]";
            default -> "( " + object(depth - 1) + " " + object(depth - 1) + " )";
        };
    }

    private String randomJsonLd() {
        StringBuilder json = new StringBuilder("{\n  \"@context\": ");
        json.append(switch (random.nextInt(6)) {
            case 0 -> "\"" + contextUrl + "\"";
            case 1 -> "[\"" + contextUrl + "\", {\"yf\": \"https://w3id.org/yifa/ont#\"}]";
            case 2 -> "{\"@import\": \"" + contextUrl + "\", \"yf\": \"https://w3id.org/yifa/ont#\"}";
            case 3 -> "\"file:///etc/passwd\"";
            default -> "{\"yf\": \"https://w3id.org/yifa/ont#\", \"dcterms\": \"http://purl.org/dc/terms/\", "
                    + "\"xsd\": \"http://www.w3.org/2001/XMLSchema#\", \"@vocab\": \"https://w3id.org/yifa/ont#\"}";
        });
        json.append(",\n  \"@graph\": [");
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\n    ").append(jsonNode(2));
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private String jsonNode(int depth) {
        StringBuilder node = new StringBuilder("{\"@id\": \"").append(subject().replaceAll("^<|>$", "")).append("\"");
        node.append(", \"@type\": \"").append(pick(CLASSES).replaceAll("^<|>$", "")).append("\"");
        for (int p = 0, m = random.nextInt(8); p < m; p++) {
            String predicate = pick(PREDICATES.subList(1, PREDICATES.size())).replaceAll("^<|>$", "");
            node.append(", \"").append(predicate).append("\": ").append(jsonValue(depth));
        }
        return node.append('}').toString();
    }

    private String jsonValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> "\"" + escape(pick(LEXICAL)) + "\"";
            case 1 -> "{\"@value\": \"" + escape(pick(LEXICAL)) + "\", \"@type\": \"" + pick(DATATYPES) + "\"}";
            case 2 -> "{\"@value\": \"" + escape(pick(LEXICAL)) + "\", \"@language\": \"" + pick(List.of("zh", "en", "1", "")) + "\"}";
            case 3 -> "{\"@id\": \"https://w3id.org/yifa/id/unit/" + unit + "\"}";
            case 4 -> pick(List.of("true", "false", "null", "2025", "-1", "1e400", "[]", "{}"));
            case 5 -> "{\"@list\": [" + pick(List.of("1", "\"a\"", "{}")) + "]}";
            case 6 -> "\"" + escape(mutator.randomString(random.nextInt(10))) + "\"";
            case 7 -> jsonNode(depth - 1);
            default -> "[" + jsonValue(depth - 1) + ", " + jsonValue(depth - 1) + "]";
        };
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private String id() {
        return "z" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private Object date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    interface Filler {
        void fill(XSSFWorkbook workbook);
    }

    static byte[] workbook(Filler filler) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<String> header, List<Object> values) {
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            top.createCell(c).setCellValue(header.get(c));
        }
        Row row = sheet.createRow(1);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                CellStyle style = sheet.getWorkbook().createCellStyle();
                style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                cell.setCellStyle(style);
            } else {
                cell.setCellValue(String.valueOf(v));
            }
        }
    }
}
