package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.YifaSpringTest;
import org.yifa.rdf.Yf;

/**
 * The six kinds of error of issue 15, each on a unit whose records come through the real intake: an
 * .xlsx filled in from the served template and uploaded over HTTP, the verdict read from the
 * explanation as an assessor would read it.
 */
@YifaSpringTest
class CriteriaKindsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    final int year = Year.now().getValue() - 1;
    final List<String> units = new java.util.ArrayList<>();

    // ---- kind 1: duties triggered by an event --------------------------------------------------

    @Test
    void withoutAStatementTheDutyAwaitsTheUnitsWordNeverMissed() {
        String unit = unit("municipal-department");
        upload(unit, workbook().evidence("r1", "system-document", year + "-03-01", "法制工作人员准入制度", ""));
        Map<String, Object> c = criterion(unit, "8.10", "8.10-3");
        assertThat(c.get("status")).isEqualTo("needs-judgement");
        assertThat(reason(c).get("kind")).isEqualTo("event-not-reported");
        assertThat(reason(c).get("detail").toString()).contains("has not said whether", "新录用政府法制机构专业岗位人员");
    }

    @Test
    void anEventReportedAsZeroMakesTheDutyNotApplicable() {
        String unit = unit("municipal-department");
        upload(unit, workbook().event("e1", "legal-post-hire", year, 0, year + "-12-20", "本年度未新录用法制机构专业岗位人员"));
        Map<String, Object> c = criterion(unit, "8.10", "8.10-3");
        assertThat(c.get("status")).isEqualTo("not-applicable");
        assertThat(reason(c).get("kind")).isEqualTo("event-not-occurring");
        assertThat(((Map<?, ?>) c.get("condition")).get("reported")).isEqualTo(0);
    }

    @Test
    void twoEventsOneHandledIsPartlyMetAndTheSecondProofMeetsIt() {
        String unit = unit("municipal-department");
        upload(unit, workbook().event("e1", "legal-post-hire", year, 2, year + "-12-20", "新录用2人")
                .evidence("q1", "legal-qualification-record", year + "-07-01", "张三法律职业资格证书", ""));
        Map<String, Object> c = criterion(unit, "8.10", "8.10-3");
        assertThat(c.get("status")).isEqualTo("partly-met");
        assertThat(reason(c)).containsEntry("kind", "events-unhandled").containsEntry("required", 2).containsEntry("found", 1);
        assertThat(reason(c).get("detail").toString()).contains("2 ×", "1 handled");

        upload(unit, workbook().evidence("q2", "legal-qualification-record", year + "-09-01", "李四法律职业资格证书", ""));
        assertThat(criterion(unit, "8.10", "8.10-3").get("status")).isEqualTo("met");
    }

    // ---- kind 2: exclusions ---------------------------------------------------------------------

    @Test
    void anOrganTheSentenceNamedBeforeIsExcludedFromOtherOrgans() {
        String department = unit("municipal-department");
        upload(department, workbook().evidence("t1", "law-knowledge-training", year + "-04-01", "法律知识培训（一）", "")
                .evidence("t2", "law-knowledge-training", year + "-10-01", "法律知识培训（二）", ""));
        Map<String, Object> excluded = criterion(department, "7.4", "7.4-3");
        assertThat(excluded.get("status")).isEqualTo("not-applicable");
        assertThat(reason(excluded)).containsEntry("kind", "excluded");
        assertThat(reason(excluded).get("detail").toString()).contains("其他行政机关");

        String other = unit("district-department");
        upload(other, workbook().evidence("t1", "law-knowledge-training", year + "-04-01", "法律知识培训（一）", "")
                .evidence("t2", "law-knowledge-training", year + "-10-01", "法律知识培训（二）", ""));
        assertThat(criterion(other, "7.4", "7.4-3").get("status")).isEqualTo("met");
    }

    // ---- kind 3: one record per activity ---------------------------------------------------------

    @Test
    void aClassRecordOfferedForALectureDoesNotCountAsOne() {
        String district = unit("district-government");
        upload(district, workbook().evidence("c1", "leadership-law-class", year + "-05-01", "领导干部法治专题培训班", "")
                .evidence("c2", "leadership-law-class", year + "-06-01", "领导干部法治专题培训班（二）", "7.4-2")
                .evidence("c3", "training-record", year + "-07-01", "法治培训", "7.4-2"));
        assertThat(criterion(district, "7.4", "7.4-1").get("status")).isEqualTo("met");
        Map<String, Object> lecture = criterion(district, "7.4", "7.4-2");
        assertThat(lecture.get("status")).isEqualTo("missed");
        assertThat(reason(lecture)).containsEntry("evidenceType", "leadership-law-lecture").containsEntry("found", 0);

        upload(district, workbook().evidence("l1", "leadership-law-lecture", year + "-08-01", "法治专题讲座（一）", "")
                .evidence("l2", "leadership-law-lecture", year + "-11-01", "法治专题讲座（二）", ""));
        assertThat(criterion(district, "7.4", "7.4-2").get("status")).isEqualTo("met");
    }

    // ---- kind 4: annual duties without 每年 --------------------------------------------------------

    @Test
    void anAnnualPlanWithout每年IsDueEveryYear() {
        String unit = unit("district-department");
        upload(unit, workbook().evidence("p1", "annual-implementation-plan", (year - 1) + "-02-01", "法治政府建设年度实施方案", ""));
        Map<String, Object> c = criterion(unit, "8.2", "8.2-4");
        assertThat(c.get("rules")).isEqualTo(List.of("年度实施方案"));
        assertThat(c.get("status")).isEqualTo("missed");
        assertThat(reason(c)).containsEntry("kind", "outside-period");

        upload(unit, workbook().evidence("p2", "annual-implementation-plan", year + "-02-01", "法治政府建设年度实施方案", ""));
        assertThat(criterion(unit, "8.2", "8.2-4").get("status")).isEqualTo("met");
    }

    // ---- kind 5: competence assigned by law -------------------------------------------------------

    @Test
    void aUnitOutsideTheCompetentBodysScopeIsNotApplicableWithTheArticle() {
        String department = unit("municipal-department");
        upload(department, workbook().evidence("s1", "system-document", year + "-03-01", "录用考试制度", "7.6-2"));
        Map<String, Object> c = criterion(department, "7.6", "7.6-2");
        assertThat(c.get("status")).isEqualTo("not-applicable");
        assertThat(reason(c)).containsEntry("kind", "outside-competence");
        assertThat(reason(c).get("detail").toString()).contains("公务员法 第24条", "由省级公务员主管部门负责组织");
        assertThat(((Map<?, ?>) c.get("responsibleBasis")).get("provision")).isEqualTo("公务员法 第24条");

        String competent = unit("civil-service-department");
        upload(competent, workbook().evidence("s1", "system-document", year + "-03-01", "录用考试测查内容调整方案", "7.6-2"));
        assertThat(criterion(competent, "7.6", "7.6-2").get("status")).isEqualTo("needs-judgement");
    }

    // ---- kind 6: nothing added that the item does not say -------------------------------------------

    @Test
    void aPhraseThatNamesNoIntervalAddsNoYearlyCount() {
        String unit = unit("municipal-department");
        upload(unit, workbook().evidence("k1", "case-report", (year - 2) + "-06-01", "违法行政典型案例通报", ""));
        Map<String, Object> c = criterion(unit, "8.8", "8.8-1");
        assertThat(c.get("rules")).isEqualTo(List.of());
        assertThat(c.get("status")).isEqualTo("met");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String unit(String type) {
        String id = "kinds-" + UUID.randomUUID().toString().substring(0, 8);
        Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/yifa/id/unit/%s> a yf:Unit ; yf:unitId "%s" ; skos:prefLabel "六类测试单位"@zh ;
                    yf:unitType <https://w3id.org/yifa/id/unit-type/%s> .
                """.formatted(id, id, type), Lang.TURTLE).parse(dataset.getNamedModel(graph(id)).getGraph()));
        units.add(id);
        return id;
    }

    private static String graph(String id) {
        return Yf.GRAPH + "test/kinds/" + id;
    }

    @AfterEach
    void removeUnits() {
        Txn.executeWrite(dataset, () -> {
            for (String id : units) {
                var dsg = dataset.asDatasetGraph();
                dsg.removeGraph(NodeFactory.createURI(graph(id)));
                dsg.removeGraph(NodeFactory.createURI(Yf.GRAPH + "evidence/" + id));
                dsg.removeGraph(NodeFactory.createURI(AssessmentRounds.graph(id, year)));
            }
        });
    }

    private RestClient client() {
        return ServiceHttp.admin(port);
    }

    /** The served template, filled in with POI as a user fills it in Excel. */
    private Ledger workbook() {
        byte[] template = client().get().uri("/api/evidence/template.xlsx").retrieve().body(byte[].class);
        return new Ledger(template);
    }

    private void upload(String unit, Ledger ledger) {
        ResponseEntity<Map<String, Object>> r = client().post().uri("/api/units/{unit}/evidence", unit)
                .contentType(MediaType.parseMediaType(XLSX)).body(ledger.bytes())
                .retrieve().onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(r.getStatusCode().value()).as("upload: %s", r.getBody()).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> criterion(String unit, String item, String id) {
        Map<String, Object> explain = client().get().uri("/api/units/{unit}/items/{item}/explain?year={year}", unit, item, year)
                .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        return ((List<Map<String, Object>>) explain.get("criteria")).stream().filter(c -> c.get("id").equals(id))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reason(Map<String, Object> criterion) {
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) criterion.get("reasons");
        assertThat(reasons).as("reasons of %s", criterion.get("id")).hasSize(1);
        return reasons.get(0);
    }

    /** Rows written into the template's sheets evidence and events. */
    static final class Ledger {
        private final XSSFWorkbook workbook;

        Ledger(byte[] template) {
            try {
                workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Ledger evidence(String id, String type, String date, String title, String criterion) {
            row("evidence", id, type, date, title, "", "", "", criterion, "", "", "");
            return this;
        }

        /** Year and occurrences as number cells, the way Excel keeps typed numbers. */
        Ledger event(String id, String type, int year, int occurrences, String date, String statement) {
            Row row = row("events", id, type, "", "", date, statement);
            row.getCell(2).setCellValue(year);
            row.getCell(3).setCellValue(occurrences);
            return this;
        }

        private Row row(String sheetName, String... cells) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            return row;
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
