package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class EvidenceControllerTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @LocalServerPort
    int port;

    @Autowired
    Dataset dataset;

    Uploads http;
    TestUnits units;
    String unit;

    @BeforeEach
    void unit() {
        http = new Uploads(port);
        units = new TestUnits(dataset);
        unit = units.create();
    }

    @AfterEach
    void removeUnits() {
        units.close();
    }

    // ---- accepted uploads ------------------------------------------------------------

    @Test
    void aFilledInWorkbookIsWrittenAndCanBeReadBackThroughTheApiAndSparql() {
        String documentary = Fixtures.criteria(false).get(0);
        String judged = Fixtures.criteria(true).get(0);
        byte[] xlsx = Workbooks.empty()
                .row("evidence", "x-001", "training-record", "2025-04-12", "领导干部法治专题培训", "示司发〔2025〕12号",
                        "https://example.org/x-001", SHA, documentary, null, null, "张三")
                // Dates typed into Excel become date cells; a record without submitted_by gets submittedBy.
                .row("evidence", "x-002", "normative-document-register", LocalDate.of(2024, 3, 1), "规范性文件目录",
                        null, null, null, null, LocalDate.of(2027, 2, 28), true, null)
                .row("judgements", judged, 2025, "met", "材料齐全", "2025-12-20", "李评估")
                .row("vetoes", "x-v1", "9.2", "2024-06-01", "上级机关责令纠正", "示府函〔2024〕3号")
                .bytes();

        ResponseEntity<Map<String, Object>> r = http.form(unit, "台账.xlsx", Uploads.XLSX, xlsx);

        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("evidence", 2).containsEntry("judgements", 1).containsEntry("vetoes", 1);
        String upload = (String) r.getBody().get("upload");
        assertThat(upload).matches("https://w3id\\.org/yifa/id/upload/[0-9a-f-]{36}");

        Map<String, Object> listed = http.list(unit).getBody();
        List<Map<String, Object>> evidence = Uploads.list(http.list(unit), "evidence");
        assertThat(evidence).extracting(e -> e.get("recordId")).containsExactly("x-002", "x-001");
        Map<String, Object> first = evidence.get(1);
        assertThat(first).containsEntry("iri", "https://w3id.org/yifa/id/evidence/" + unit + "/x-001")
                .containsEntry("graph", "https://w3id.org/yifa/graph/evidence/" + unit)
                .containsEntry("evidenceType", "training-record").containsEntry("date", "2025-04-12")
                .containsEntry("title", "领导干部法治专题培训").containsEntry("reference", "示司发〔2025〕12号")
                .containsEntry("url", "https://example.org/x-001").containsEntry("sha256", SHA)
                .containsEntry("criterion", documentary).containsEntry("submittedBy", "张三")
                .containsEntry("upload", upload);
        assertThat(evidence.get(0)).containsEntry("date", "2024-03-01").containsEntry("validUntil", "2027-02-28")
                .containsEntry("provisional", true).containsEntry("submittedBy", "测试员");
        assertThat(Uploads.list(http.list(unit), "judgements")).singleElement().satisfies(j -> assertThat(j)
                .containsEntry("iri", "https://w3id.org/yifa/id/judgement/" + unit + "/2025/" + judged)
                .containsEntry("criterion", judged).containsEntry("year", 2025).containsEntry("verdict", "met")
                .containsEntry("assessor", "李评估"));
        assertThat(Uploads.list(http.list(unit), "vetoes")).singleElement().satisfies(v -> assertThat(v)
                .containsEntry("vetoItem", "9.2").containsEntry("recordId", "x-v1")
                .containsEntry("vetoEventType", "https://w3id.org/yifa/id/model-unit-goals/veto-event/9.2"));
        assertThat(listed.get("unit")).isEqualTo(Map.of("id", unit, "iri", TestUnits.iri(unit), "label", "测试市司法局"));

        // The same facts through the public SPARQL endpoint.
        List<Map<String, Object>> bindings = sparql("""
                PREFIX yf: <https://w3id.org/yifa/ont#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?id ?type ?started ?format ?source WHERE {
                  GRAPH <https://w3id.org/yifa/graph/evidence/%s> {
                    ?r a yf:EvidenceRecord ; yf:unit <%s> ; yf:recordId ?id ; yf:evidenceType ?type ; yf:upload ?u .
                    ?u a yf:Upload ; prov:startedAtTime ?started ; dcterms:format ?format ; dcterms:source ?source .
                  }
                } ORDER BY ?id""".formatted(unit, TestUnits.iri(unit)));
        assertThat(bindings).extracting(b -> value(b, "id")).containsExactly("x-001", "x-002");
        assertThat(value(bindings.get(0), "format")).isEqualTo(Uploads.XLSX);
        assertThat(value(bindings.get(0), "source")).isEqualTo("台账.xlsx");
    }

    @Test
    void aFormPartWithoutASpreadsheetTypeIsRecognisedByItsFileExtension() {
        byte[] xlsx = Workbooks.empty().row("vetoes", "ext-v1", "9.1", "2024-01-02", "处分决定").bytes();
        ResponseEntity<Map<String, Object>> r = http.form(unit, "ledger.xlsx", "application/octet-stream", xlsx);
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("vetoes", 1).containsEntry("evidence", 0);
    }

    @Test
    void aCsvBodyIsWrittenWithQuotedCommasAndLineBreaksIntact() {
        ResponseEntity<Map<String, Object>> r = http.post(unit, "text/csv", Fixtures.bytes("valid-evidence.csv", unit));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("evidence", 2).containsEntry("judgements", 0).containsEntry("vetoes", 0);
        List<Map<String, Object>> evidence = Uploads.list(http.list(unit), "evidence");
        assertThat(evidence).extracting(e -> e.get("title"))
                .containsExactly("规范性文件目录\n（含暂行文件）", "2025年领导干部法治专题培训班, 第一期");
        // Digests are stored in lower case whatever case they were typed in.
        assertThat(evidence.get(0)).containsEntry("sha256", SHA).containsEntry("provisional", true);
    }

    @Test
    void turtleAndJsonLdUploadsAreWritten() {
        ResponseEntity<Map<String, Object>> ttl = http.post(unit, "text/turtle", Fixtures.bytes("valid.ttl", unit));
        assertThat(ttl.getStatusCode().value()).as("%s", ttl.getBody()).isEqualTo(201);
        assertThat(ttl.getBody()).containsEntry("evidence", 1).containsEntry("judgements", 1).containsEntry("vetoes", 1);

        ResponseEntity<Map<String, Object>> json = http.post(unit, "application/ld+json", Fixtures.bytes("valid.jsonld", unit));
        assertThat(json.getStatusCode().value()).as("%s", json.getBody()).isEqualTo(201);
        assertThat(json.getBody()).containsEntry("evidence", 1).containsEntry("judgements", 0).containsEntry("vetoes", 1);

        List<Map<String, Object>> evidence = Uploads.list(http.list(unit), "evidence");
        assertThat(evidence).extracting(e -> e.get("recordId")).containsExactly("json-001", "ttl-001");
        assertThat(evidence.get(0)).containsEntry("provisional", true).containsEntry("submittedBy", "王填报")
                .containsEntry("evidenceType", "normative-document-register");
        // The upload did not name a submitter for the Turtle record: the request's submittedBy fills it.
        assertThat(evidence.get(1)).containsEntry("submittedBy", "测试员").containsEntry("criterion", "7.4-1");
        assertThat(Uploads.list(http.list(unit), "vetoes")).extracting(v -> v.get("vetoItem")).containsExactly("9.4", "9.2");
    }

    @Test
    void recordsInOtherGraphsAreListedToo() {
        units.write("https://w3id.org/yifa/graph/test/other/" + unit, Fixtures.text("valid.ttl", unit));
        List<Map<String, Object>> evidence = Uploads.list(http.list(unit), "evidence");
        assertThat(evidence).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("recordId", "ttl-001")
                .containsEntry("graph", "https://w3id.org/yifa/graph/test/other/" + unit));
    }

    // ---- rejected uploads: every problem with its place, and nothing written -------------

    @Test
    void aWorkbookWithoutTheVetoesSheetIsRejected() {
        byte[] xlsx = Workbooks.empty().without("vetoes")
                .row("evidence", "m-001", "training-record", "2025-04-12", "培训通知", null, null, null, null, null, null, null)
                .bytes();
        Map<String, Object> error = single(rejected(() -> http.form(unit, "a.xlsx", Uploads.XLSX, xlsx), 400));
        assertThat(error).containsEntry("sheet", "vetoes");
        assertThat((String) error.get("message")).contains("'vetoes' is missing");
    }

    @Test
    void aWrongHeaderIsRejectedNamingTheMissingAndTheUnknownColumn() {
        List<String> header = new java.util.ArrayList<>(Kind.EVIDENCE.columnNames());
        header.set(header.indexOf("date"), "datum");
        byte[] xlsx = Workbooks.empty().sheet("evidence", header).bytes();
        List<Map<String, Object>> errors = rejected(() -> http.form(unit, "a.xlsx", Uploads.XLSX, xlsx), 400);
        assertThat(errors).extracting(e -> e.get("sheet"), e -> e.get("row"), e -> e.get("field"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("evidence", 1, "datum"),
                        org.assertj.core.groups.Tuple.tuple("evidence", 1, "date"));
    }

    @Test
    void anImpossibleDateInRowThreeIsRejectedAndEveryOtherProblemIsReportedWithIt() {
        byte[] xlsx = Workbooks.empty()
                .row("evidence", "d-001", "training-record", "2025-04-12", "培训通知", null, null, null, null, null, null, null)
                .row("evidence", "d-002", "training-record", "2025-02-30", "培训签到表", null, null, null, null, null, null, null)
                .row("evidence", "d-003", "training-record", LocalDate.now().plusDays(10), "培训总结", null, null, null,
                        null, null, null, null)
                .row("judgements", Fixtures.criteria(false).get(0), 2025, "passed", "说明", "2025-12-20", "李评估")
                .bytes();
        List<Map<String, Object>> errors = rejected(() -> http.form(unit, "a.xlsx", Uploads.XLSX, xlsx), 400);
        assertThat(errors).extracting(e -> e.get("sheet"), e -> e.get("row"), e -> e.get("field"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("evidence", 3, "date"),
                        org.assertj.core.groups.Tuple.tuple("evidence", 4, "date"),
                        // A documentary criterion is decided by evidence, and "passed" is no verdict.
                        org.assertj.core.groups.Tuple.tuple("judgements", 2, "criterion"),
                        org.assertj.core.groups.Tuple.tuple("judgements", 2, "verdict"));
        assertThat(message(errors, 3)).contains("2025-02-30").contains("not a date that exists");
        assertThat(message(errors, 4)).contains("in the future");
    }

    @Test
    void anUnknownEvidenceTypeIsRejected() {
        byte[] xlsx = Workbooks.empty()
                .row("evidence", "t-001", "training-recrod", "2025-04-12", "培训通知", null, null, null, null, null, null, null)
                .bytes();
        Map<String, Object> error = single(rejected(() -> http.form(unit, "a.xlsx", Uploads.XLSX, xlsx), 400));
        assertThat(error).containsEntry("sheet", "evidence").containsEntry("row", 2).containsEntry("field", "evidence_type");
        assertThat((String) error.get("message")).contains("training-recrod");
    }

    @Test
    void aRecordIdUsedTwiceInTheUploadOrAlreadyInTheStoreIsRejected() {
        byte[] twice = Workbooks.empty()
                .row("evidence", "dup-1", "training-record", "2025-04-12", "培训通知", null, null, null, null, null, null, null)
                .row("evidence", "dup-1", "training-record", "2025-04-13", "培训签到表", null, null, null, null, null, null, null)
                .bytes();
        Map<String, Object> inside = single(rejected(() -> http.form(unit, "a.xlsx", Uploads.XLSX, twice), 400));
        assertThat(inside).containsEntry("sheet", "evidence").containsEntry("row", 3).containsEntry("field", "record_id");
        assertThat((String) inside.get("message")).contains("row 2");

        byte[] once = Workbooks.empty()
                .row("evidence", "dup-1", "training-record", "2025-04-12", "培训通知", null, null, null, null, null, null, null)
                .bytes();
        assertThat(http.form(unit, "a.xlsx", Uploads.XLSX, once).getStatusCode().value()).isEqualTo(201);
        // A veto event may not take an evidence record's id either: ids are unique per unit.
        byte[] again = Workbooks.empty().row("vetoes", "dup-1", "9.3", "2024-01-02", "事件通报").bytes();
        Map<String, Object> stored = single(rejected(() -> http.form(unit, "b.xlsx", Uploads.XLSX, again), 400));
        assertThat(stored).containsEntry("sheet", "vetoes").containsEntry("row", 2).containsEntry("field", "record_id");
        assertThat((String) stored.get("message")).contains("already used")
                .contains("https://w3id.org/yifa/id/evidence/" + unit + "/dup-1");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRejected() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> error = single(rejected(() -> http.form(unit, "台账.xlsx", Uploads.XLSX, pdf), 400));
        assertThat((String) error.get("message")).startsWith("not an XLSX spreadsheet");
        assertThat(error).doesNotContainKeys("row", "line", "field");
    }

    @Test
    void aCsvWithAnUnterminatedQuoteIsRejectedAtTheRowWhereTheQuoteOpens() {
        Map<String, Object> error = single(rejected(
                () -> http.post(unit, "text/csv", Fixtures.bytes("unterminated.csv", unit)), 400));
        assertThat(error).containsEntry("row", 3).containsEntry("field", "title");
        assertThat((String) error.get("message")).contains("not closed");
    }

    @Test
    void aCsvWithAStrayQuoteInAnUnquotedFieldIsRejectedNamingItsRowAndField() {
        String csv = Fixtures.text("valid-evidence.csv", unit).replace("示司发〔2025〕12号", "示司发\"2025\"12号");
        Map<String, Object> error = single(rejected(
                () -> http.post(unit, "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 400));
        assertThat(error).containsEntry("row", 2).containsEntry("field", "reference");
        assertThat((String) error.get("message")).contains("double quote");
    }

    @Test
    void aCsvRowWithTooFewOrTooManyFieldsIsRejected() {
        List<Map<String, Object>> errors = rejected(
                () -> http.post(unit, "text/csv", Fixtures.bytes("wrong-columns.csv", unit)), 400);
        assertThat(errors).extracting(e -> e.get("row"), e -> e.get("field")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "reference"),
                org.assertj.core.groups.Tuple.tuple(4, "column L"));
    }

    @Test
    void unparsableTurtleIsRejectedWithItsLine() {
        String text = Fixtures.text("unparsable.ttl", unit);
        int line = lineOf(text, "et:training-record");
        Map<String, Object> error = single(rejected(
                () -> http.post(unit, "text/turtle", text.getBytes(StandardCharsets.UTF_8)), 400));
        assertThat(error).containsEntry("line", line);
        assertThat((String) error.get("message")).startsWith("not valid Turtle");
    }

    @Test
    void turtleThatBreaksTheShapesIsRejectedPerRecordAndProperty() {
        String text = Fixtures.text("shacl-violation.ttl", unit);
        List<Map<String, Object>> errors = rejected(
                () -> http.post(unit, "text/turtle", text.getBytes(StandardCharsets.UTF_8)), 400);
        int first = lineOf(text, "/shacl-001>");
        int second = lineOf(text, "/shacl-002>");
        assertThat(errors).extracting(e -> e.get("line"), e -> e.get("field")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(first, "dcterms:date"),
                org.assertj.core.groups.Tuple.tuple(second, "dcterms:date"),
                org.assertj.core.groups.Tuple.tuple(second, "rdfs:comment"));
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("record")).contains("/evidence/" + unit + "/shacl-00"));
    }

    @Test
    void turtleWithARecordOfAnotherUnitIsRejected() {
        String text = Fixtures.text("other-unit.ttl", unit);
        Map<String, Object> error = single(rejected(
                () -> http.post(unit, "text/turtle", text.getBytes(StandardCharsets.UTF_8)), 400));
        assertThat(error).containsEntry("line", lineOf(text, "<https://w3id.org/yifa/id/evidence/someone-else/r-001>"))
                .containsEntry("field", "yf:unit");
        assertThat((String) error.get("message")).contains("someone-else");
    }

    @Test
    void jsonLdThatDoesNotParseBreaksTheShapesOrNamesAnotherUnitIsRejected() {
        Map<String, Object> broken = single(rejected(
                () -> http.post(unit, "application/ld+json", Fixtures.bytes("unparsable.jsonld", unit)), 400));
        assertThat((String) broken.get("message")).startsWith("not valid JSON-LD");
        // A comma is missing at the end of the line before: the parser stops at the next member.
        assertThat(broken).containsEntry("line", lineOf(Fixtures.text("unparsable.jsonld", unit), "\"yf:recordId\""));

        String record = "https://w3id.org/yifa/id/evidence/" + unit + "/json-bad";
        Map<String, Object> shapes = single(rejected(
                () -> http.post(unit, "application/ld+json", Fixtures.bytes("shacl-violation.jsonld", unit)), 400));
        assertThat(shapes).containsEntry("record", record).containsEntry("field", "dcterms:date");

        Map<String, Object> other = single(rejected(
                () -> http.post(unit, "application/ld+json", Fixtures.bytes("other-unit.jsonld", unit)), 400));
        assertThat(other).containsEntry("record", "https://w3id.org/yifa/id/evidence/" + unit + "/json-other")
                .containsEntry("field", "yf:unit");
    }

    @Test
    void anUnknownUnitIsNotFound() {
        byte[] xlsx = Workbooks.empty().bytes();
        ResponseEntity<Map<String, Object>> r = http.form("no-such-unit", "a.xlsx", Uploads.XLSX, xlsx);
        assertThat(r.getStatusCode().value()).isEqualTo(404);
        assertThat((String) r.getBody().get("message")).contains("no-such-unit");
        assertThat(http.list("no-such-unit").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anUnsupportedMediaTypeOrAMissingFilePartIsRefused() {
        long before = TestUnits.quads(dataset);
        ResponseEntity<Map<String, Object>> plain = http.post(unit, "text/plain", "record_id\n".getBytes(StandardCharsets.UTF_8));
        assertThat(plain.getStatusCode().value()).isEqualTo(415);
        assertThat((String) plain.getBody().get("message")).contains("text/csv");

        ResponseEntity<Map<String, Object>> pdf = http.form(unit, "scan.pdf", "application/pdf", new byte[] {1, 2, 3});
        assertThat(pdf.getStatusCode().value()).isEqualTo(415);

        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("comment", "no file");
        ResponseEntity<Map<String, Object>> noFile = RestClient.create("http://localhost:" + port).post()
                .uri("/api/units/{unit}/evidence", unit).header("Authorization", org.yifa.testing.TestUsers.ADMIN).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().onStatus(s -> true, (q, s) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(noFile.getStatusCode().value()).isEqualTo(400);
        assertThat((String) noFile.getBody().get("message")).contains("'file'");
        assertThat(TestUnits.quads(dataset)).isEqualTo(before);
    }

    @Test
    void anUploadOverTheSizeLimitIsTooLarge() {
        long before = TestUnits.quads(dataset);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        ResponseEntity<Map<String, Object>> raw = http.post(unit, "text/csv", big);
        assertThat(raw.getStatusCode().value()).isEqualTo(413);
        assertThat((String) raw.getBody().get("message")).contains("yifa.evidence.max-upload-bytes");
        ResponseEntity<Map<String, Object>> form = http.form(unit, "big.csv", "text/csv", big);
        assertThat(form.getStatusCode().value()).isEqualTo(413);
        assertThat(TestUnits.quads(dataset)).isEqualTo(before);
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Sends the upload, expects the status, checks the store is unchanged and returns the errors. */
    private List<Map<String, Object>> rejected(java.util.function.Supplier<ResponseEntity<Map<String, Object>>> call,
            int status) {
        long before = TestUnits.quads(dataset);
        ResponseEntity<Map<String, Object>> r = call.get();
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(status);
        assertThat(TestUnits.quads(dataset)).as("quads in the store").isEqualTo(before);
        assertThat((String) r.getBody().get("message")).contains("nothing was written");
        List<Map<String, Object>> errors = Uploads.errors(r);
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).containsKey("message"));
        return errors;
    }

    private static Map<String, Object> single(List<Map<String, Object>> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static String message(List<Map<String, Object>> errors, int row) {
        return errors.stream().filter(e -> Integer.valueOf(row).equals(e.get("row"))).map(e -> (String) e.get("message"))
                .findFirst().orElseThrow();
    }

    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the fixture");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sparql(String query) {
        Map<String, Object> result = RestClient.create("http://localhost:" + port).post().uri("/sparql")
                .contentType(MediaType.parseMediaType("application/sparql-query"))
                .accept(MediaType.parseMediaType("application/sparql-results+json"))
                .body(query).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        return (List<Map<String, Object>>) ((Map<String, Object>) result.get("results")).get("bindings");
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> binding, String var) {
        return (String) ((Map<String, Object>) binding.get(var)).get("value");
    }
}
