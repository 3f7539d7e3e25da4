package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.yifa.rdf.Yf;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class EvidenceTemplateControllerTest {

    /** The columns as the assessment staff were promised them. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "evidence", List.of("record_id", "evidence_type", "date", "title", "reference", "url", "sha256",
                    "criterion", "valid_until", "provisional", "submitted_by"),
            "judgements", List.of("criterion", "year", "verdict", "reason", "date", "assessor"),
            "vetoes", List.of("record_id", "veto_item", "date", "title", "reference"),
            "events", List.of("record_id", "event_type", "year", "occurrences", "date", "statement"));

    @LocalServerPort
    int port;

    @Autowired
    Dataset dataset;

    @Test
    void theTemplateHasTheThreeSheetsWithTheirHeadersAndDropDownLists() throws IOException {
        ResponseEntity<byte[]> r = new Uploads(port).template();
        assertThat(r.getHeaders().getContentType().toString()).isEqualTo(Uploads.XLSX);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                .contains("evidence-template.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(r.getBody())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(workbook::getSheetName)
                    .containsExactly("evidence", "judgements", "vetoes", "events", "evidence_types", "event_types");
            COLUMNS.forEach((sheet, columns) -> {
                assertThat(cells(workbook.getSheet(sheet).getRow(0))).as(sheet).isEqualTo(columns);
                assertThat(workbook.getSheet(sheet).getLastRowNum()).as(sheet).isZero();
            });

            DataValidation type = validation(workbook.getSheet("evidence"), COLUMNS.get("evidence").indexOf("evidence_type"));
            String range = workbook.getName(type.getValidationConstraint().getFormula1()).getRefersToFormula();
            int types = Fixtures.evidenceTypeSlugs().size();
            assertThat(range).isEqualTo("evidence_types!$A$2:$A$" + (types + 1));
            DataValidation verdict = validation(workbook.getSheet("judgements"), COLUMNS.get("judgements").indexOf("verdict"));
            assertThat(verdict.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(verdict.getValidationConstraint().getExplicitListValues()).containsExactly("met", "missed");
            DataValidation veto = validation(workbook.getSheet("vetoes"), COLUMNS.get("vetoes").indexOf("veto_item"));
            assertThat(veto.getValidationConstraint().getExplicitListValues())
                    .containsExactlyElementsOf(Fixtures.vetoItems());
        }
    }

    @Test
    void theEvidenceTypesSheetListsEveryTypeOfTheSchemeWithItsLabelsAndIsProtected() {
        Model scheme = ModelFactory.createDefaultModel();
        RDFDataMgr.read(scheme, "ontology/evidence-types.ttl");
        TreeMap<String, List<String>> expected = new TreeMap<>();
        scheme.listSubjectsWithProperty(RDF.type, Yf.res("EvidenceType")).forEachRemaining(t -> expected.put(
                t.getURI().substring(t.getURI().lastIndexOf('/') + 1),
                List.of(t.getProperty(SKOS.prefLabel, "zh").getString(), t.getProperty(SKOS.prefLabel, "en").getString())));

        try (XSSFWorkbook workbook = Workbooks.open(new Uploads(port).template().getBody())) {
            XSSFSheet sheet = workbook.getSheet("evidence_types");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(cells(sheet.getRow(0))).containsExactly("slug", "zh", "en");
            TreeMap<String, List<String>> listed = new TreeMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                List<String> row = cells(sheet.getRow(i));
                listed.put(row.get(0), row.subList(1, 3));
            }
            assertThat(listed).isEqualTo(expected);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFilledInCopyOfTheTemplateUploads() throws IOException {
        Uploads http = new Uploads(port);
        try (TestUnits units = new TestUnits(dataset); XSSFWorkbook workbook = Workbooks.open(http.template().getBody())) {
            String unit = units.create();
            fill(workbook.getSheet("evidence"), "t-001", "training-record", "2025-04-12", "领导干部法治专题培训", "", "", "",
                    Fixtures.criteria(false).get(0), "", "", "张三");
            fill(workbook.getSheet("evidence"), "t-002", "power-list", "2023-01-05", "权力清单");
            fill(workbook.getSheet("judgements"), Fixtures.criteria(true).get(0), "2025", "missed", "未见相关材料", "2025-12-28", "李评估");
            fill(workbook.getSheet("vetoes"), "t-v1", "9.6", "2025-03-03", "群众投诉通报");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);

            ResponseEntity<Map<String, Object>> r = http.form(unit, "示例市司法局台账.xlsx", Uploads.XLSX, out.toByteArray());
            assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
            assertThat(r.getBody()).containsEntry("evidence", 2).containsEntry("judgements", 1).containsEntry("vetoes", 1);
            assertThat(Uploads.list(http.list(unit), "evidence")).extracting(e -> e.get("recordId"))
                    .containsExactly("t-002", "t-001");
        }
    }

    private static void fill(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static DataValidation validation(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
                .findFirst().orElseThrow(() -> new AssertionError("no drop-down list in column " + column));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
        }
        return cells;
    }
}
