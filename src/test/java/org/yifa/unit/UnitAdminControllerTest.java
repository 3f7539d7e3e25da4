package org.yifa.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/**
 * The city's units over HTTP, on a store of their own (the 300-unit city must not show in other test
 * classes' counts): import from a real workbook, CSV, ORG Turtle and JSON-LD; every problem of bad input
 * by row and field with nothing written; the admin's changes, each audited; retirement.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.test.store=units")
class UnitAdminControllerTest {

    static final int YEAR = Year.now().getValue() - 1;

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    UnitsHttp admin;
    UnitsHttp anonymous;

    @BeforeEach
    void clients() {
        admin = new UnitsHttp(port, TestUsers.ADMIN);
        anonymous = new UnitsHttp(port, null);
    }

    @Test
    void aCityOf300UnitsIsImportedFromAWorkbookAndItsUnitsTakeLedgers() {
        List<CityWorkbook.Unit> city = CityWorkbook.city("c300", 300);
        ResponseEntity<Map<String, Object>> r = admin.form("/api/admin/units/import", "名册.xlsx", UnitsHttp.XLSX,
                CityWorkbook.xlsx(city));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("imported", 300);

        Map<String, Map<String, Object>> listed = anonymous.list("/api/units").stream()
                .collect(Collectors.toMap(u -> (String) u.get("id"), u -> u));
        Map<String, Map<String, Object>> registry = anonymous.list("/api/organisation").stream()
                .collect(Collectors.toMap(u -> (String) u.get("id"), u -> u));
        for (CityWorkbook.Unit u : city) {
            assertThat(listed.get(u.id())).as(u.id()).containsEntry("name", u.name()).containsEntry("parent", u.parent());
            assertThat(listed.get(u.id()).get("unitTypes")).as(u.id())
                    .isEqualTo(List.of(u.types().split(",\\s*")).stream().sorted().toList());
            assertThat(registry.get(u.id())).containsEntry("creditCode", u.creditCode()).containsEntry("source", "city")
                    .containsEntry("validFrom", u.validFrom() == null ? "" : u.validFrom().toString());
        }
        assertThat(auditActions("c300-")).hasSize(300).containsOnly("unit-import");

        // Ledgers for a town and a department of the imported city: what their assessment asks for counts.
        for (String unit : List.of("c300-q2-z5", "c300-bm5")) {
            Map<String, Object> reason = firstMissing(unit);
            String criterion = (String) reason.get("criterion");
            int required = (Integer) reason.get("required");
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i <= required; i++) {
                rows.add(Map.of("record_id", "r-" + i, "evidence_type", (String) reason.get("evidenceType"),
                        "date", YEAR + "-03-1" + i, "title", "记录" + i, "criterion", criterion));
            }
            ResponseEntity<Map<String, Object>> upload = admin.form("/api/units/" + unit + "/evidence", "台账.xlsx",
                    UnitsHttp.XLSX, CityWorkbook.ledger(admin.bytes("/api/evidence/template.xlsx"), rows));
            assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(201);
            String item = criterion.substring(0, criterion.lastIndexOf('-'));
            Map<String, Object> explain = anonymous.get("/api/units/" + unit + "/items/" + item + "/explain?year=" + YEAR);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = ((List<Map<String, Object>>) explain.get("criteria")).stream()
                    .filter(c -> c.get("id").equals(criterion)).findFirst().orElseThrow();
            assertThat(result.get("counted")).as(unit).isEqualTo(rows.stream().map(row -> row.get("record_id")).toList());
        }
    }

    /** The first reason of the unit's assessment that asks for records of one type in the year, none found. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> firstMissing(String unit) {
        Map<String, Object> assessment = anonymous.get("/api/units/" + unit + "/assessment?year=" + YEAR);
        return ((List<Map<String, Object>>) assessment.get("findings")).stream()
                .flatMap(f -> ((List<Map<String, Object>>) f.get("reasons")).stream())
                .filter(r -> "missing-evidence".equals(r.get("kind")) && r.get("required") != null
                        && (Integer) r.get("required") <= 4 && String.valueOf(r.get("detail")).contains(String.valueOf(YEAR)))
                .findFirst().orElseThrow();
    }

    @Test
    void everyProblemOfABadWorkbookIsListedByRowAndFieldAndNothingIsWritten() {
        String good = CityWorkbook.withCheckCharacter("11130100000000777");
        String wrong = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<CityWorkbook.Unit> units = List.of(
                new CityWorkbook.Unit("bad-gov", "坏市人民政府", "municipal-government", "", good, null),
                new CityWorkbook.Unit("bad-a", "甲局", "ministry", "bad-gov", "", null),
                new CityWorkbook.Unit("bad-b", "乙局", "municipal-department", "nowhere", "", null),
                new CityWorkbook.Unit("bad-c", "丙局", "municipal-department", "bad-d", "", null),
                new CityWorkbook.Unit("bad-d", "丁局", "municipal-department", "bad-c", "", null),
                new CityWorkbook.Unit("bad-gov", "重复", "municipal-department", "", "", null),
                new CityWorkbook.Unit("bad-e", "戊局", "municipal-department", "bad-gov", wrong, null),
                new CityWorkbook.Unit("sfj", "司法局", "municipal-department", "", "", null));
        long before = quads();

        ResponseEntity<Map<String, Object>> r = admin.form("/api/admin/units/import", "bad.xlsx", UnitsHttp.XLSX,
                CityWorkbook.xlsx(units));

        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().get("message").toString()).contains("nothing was written");
        List<String> where = UnitsHttp.errors(r).stream()
                .map(e -> e.get("sheet") + "/" + e.get("row") + "/" + e.get("field")).toList();
        assertThat(where).containsExactlyInAnyOrder("units/3/unit_types", "units/4/parent", "units/5/parent",
                "units/6/parent", "units/7/id", "units/8/credit_code", "units/9/id");
        assertThat(message(r, 3)).contains("unknown unit type 'ministry'");
        assertThat(message(r, 5)).contains("cycle").contains("bad-c → bad-d → bad-c");
        assertThat(message(r, 7)).contains("used twice").contains("row 2");
        assertThat(message(r, 8)).contains("check character");
        assertThat(message(r, 9)).contains("exists already");
        assertThat(quads()).isEqualTo(before);

        // A CSV file that is not a units table is named as such, by its header.
        ResponseEntity<Map<String, Object>> csv = admin.send(HttpMethod.POST, "/api/admin/units/import",
                MediaType.parseMediaType("text/csv"), "record_id,evidence_type,date,title\nx,y,2025-01-01,t\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(csv.getStatusCode().value()).isEqualTo(400);
        assertThat(UnitsHttp.errors(csv)).extracting(e -> e.get("row") + "/" + e.get("field"))
                .contains("1/record_id", "1/id", "1/name", "1/unit_types");
        assertThat(quads()).isEqualTo(before);
    }

    private static String message(ResponseEntity<Map<String, Object>> r, int row) {
        return UnitsHttp.errors(r).stream().filter(e -> Integer.valueOf(row).equals(e.get("row")))
                .map(e -> (String) e.get("message")).collect(Collectors.joining(" | "));
    }

    @Test
    void theServicesTemplateFilledInIsImported() throws Exception {
        byte[] template = anonymous.bytes("/api/organisation/template.xlsx");
        byte[] filled;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
             var out = new java.io.ByteArrayOutputStream()) {
            var header = workbook.getSheet("units").getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("id", "name", "unit_types", "parent", "credit_code", "valid_from", "valid_until");
            // The unit types the sheet lists are those the import takes: the first one is used here.
            var types = workbook.getSheet("unit_types");
            assertThat(types.getLastRowNum()).isGreaterThan(10);
            String slug = types.getRow(1).getCell(0).getStringCellValue();
            var row = workbook.getSheet("units").createRow(1);
            String[] values = {"tpl-a", "模板单位", slug, "", "", "", ""};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        ResponseEntity<Map<String, Object>> r = admin.send(HttpMethod.POST, "/api/admin/units/import",
                MediaType.parseMediaType(UnitsHttp.XLSX), filled);
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("units", List.of("tpl-a"));
    }

    @Test
    void csvOrgTurtleAndJsonLdAreImported() {
        String csv = "id,name,unit_types,parent,统一社会信用代码\n"
                + "csv-gov,CSV市人民政府,municipal-government,,\n"
                + "csv-a,\"CSV市甲局, 乙处\",\"municipal-department、law-enforcement-department\",csv-gov,"
                + CityWorkbook.withCheckCharacter("11130100000000888") + "\n";
        ResponseEntity<Map<String, Object>> r = admin.send(HttpMethod.POST, "/api/admin/units/import",
                MediaType.parseMediaType("text/csv"), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);

        String turtle = """
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix ut: <https://w3id.org/yifa/id/unit-type/> .
                <https://example.org/org/ttl-q> a org:Organization ; skos:prefLabel "TTL区人民政府"@zh ;
                    org:classification ut:district-government ; org:subOrganizationOf <https://w3id.org/yifa/id/unit/csv-gov> .
                <https://example.org/org/ttl-z> a org:Organization ; skos:prefLabel "TTL镇人民政府"@zh , "TTL town"@en ;
                    org:classification ut:township-government ; org:subOrganizationOf <https://example.org/org/ttl-q> .
                """;
        r = admin.send(HttpMethod.POST, "/api/admin/units/import", MediaType.parseMediaType("text/turtle"),
                turtle.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);

        String jsonld = """
                {"@context": {"org": "http://www.w3.org/ns/org#", "skos": "http://www.w3.org/2004/02/skos/core#",
                   "yf": "https://w3id.org/yifa/ont#"},
                 "@id": "https://example.org/org/jsonld-kfq", "@type": "org:Organization", "yf:unitId": "jsonld-kfq",
                 "skos:prefLabel": {"@value": "JSON-LD开发区管委会", "@language": "zh"},
                 "org:classification": {"@id": "https://w3id.org/yifa/id/unit-type/development-zone-committee"},
                 "org:subOrganizationOf": {"@id": "https://w3id.org/yifa/id/unit/csv-gov"}}
                """;
        r = admin.send(HttpMethod.POST, "/api/admin/units/import", MediaType.parseMediaType("application/ld+json"),
                jsonld.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);

        Map<String, Map<String, Object>> units = anonymous.list("/api/units").stream()
                .collect(Collectors.toMap(u -> (String) u.get("id"), u -> u));
        assertThat(units.get("csv-a")).containsEntry("name", "CSV市甲局, 乙处").containsEntry("parent", "csv-gov")
                .containsEntry("unitTypes", List.of("law-enforcement-department", "municipal-department"));
        assertThat(units.get("ttl-z")).containsEntry("name", "TTL镇人民政府").containsEntry("parent", "ttl-q")
                .containsEntry("unitTypes", List.of("township-government"));
        assertThat(units.get("jsonld-kfq")).containsEntry("parent", "csv-gov")
                .containsEntry("unitTypes", List.of("development-zone-committee"));

        // An ORG file whose classification is not a unit type, and whose parent is unknown: both named by record and property.
        r = admin.send(HttpMethod.POST, "/api/admin/units/import", MediaType.parseMediaType("text/turtle"), """
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/org/ttl-x> a org:Organization ; skos:prefLabel "X" ;
                    org:classification <https://example.org/kind/ministry> ; org:subOrganizationOf <https://example.org/org/none> .
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(UnitsHttp.errors(r)).extracting(e -> e.get("record") + " " + e.get("field")).containsExactlyInAnyOrder(
                "https://example.org/org/ttl-x org:classification", "https://example.org/org/ttl-x org:subOrganizationOf");
    }

    @Test
    void anAdminCreatesRenamesRetypesMovesAndRetiresUnitsEachChangeAudited() {
        assertThat(admin.json(HttpMethod.POST, "/api/admin/units", Map.of("id", "adm-gov", "name", "管理市人民政府",
                "unitTypes", List.of("municipal-government"))).getStatusCode().value()).isEqualTo(201);
        assertThat(admin.json(HttpMethod.POST, "/api/admin/units", Map.of("id", "adm-a", "name", "管理市甲局",
                "unitTypes", List.of("municipal-department"), "parent", "adm-gov")).getStatusCode().value()).isEqualTo(201);
        assertThat(admin.json(HttpMethod.POST, "/api/admin/units", Map.of("id", "adm-b", "name", "管理市乙局",
                "unitTypes", List.of("municipal-department"), "parent", "adm-a")).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map<String, Object>> r = admin.json(HttpMethod.PATCH, "/api/admin/units/adm-a",
                Map.of("name", "管理市甲乙局", "unitTypes", List.of("municipal-department", "approval-department")));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(200);
        assertThat(r.getBody()).containsEntry("name", "管理市甲乙局")
                .containsEntry("unitTypes", List.of("municipal-department", "approval-department"));
        r = admin.json(HttpMethod.PATCH, "/api/admin/units/adm-b", Map.of("parent", "adm-gov"));
        assertThat(r.getBody()).containsEntry("parent", "adm-gov");

        // A move under its own descendant, an unknown type: refused with the field, nothing changed.
        admin.json(HttpMethod.PATCH, "/api/admin/units/adm-b", Map.of("parent", "adm-a"));
        long before = quads();
        r = admin.json(HttpMethod.PATCH, "/api/admin/units/adm-a", Map.of("parent", "adm-b", "unitTypes", List.of("bureau")));
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(UnitsHttp.errors(r)).extracting(e -> e.get("field")).containsExactlyInAnyOrder("parent", "unitTypes");
        assertThat(UnitsHttp.errors(r).toString()).contains("adm-a → adm-b → adm-a");
        assertThat(quads()).isEqualTo(before);

        // The unit is assessed (and misses items) until it is retired in the last full year.
        assertThat(gapUnits(YEAR)).contains("adm-b");
        r = admin.json(HttpMethod.POST, "/api/admin/units/adm-b/retire", Map.of("validUntil", YEAR + "-06-30", "reason", "机构改革"));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(200);
        assertThat(r.getBody()).containsEntry("validUntil", YEAR + "-06-30");
        Map<String, Object> after = anonymous.get("/api/units/adm-b/assessment?year=" + YEAR);
        assertThat(after).containsEntry("assessed", false).containsEntry("eligible", false);
        assertThat(after.get("message").toString()).contains("retired").contains(YEAR + "-06-30");
        Map<String, Object> earlier = anonymous.get("/api/units/adm-b/assessment?year=" + (YEAR - 1));
        assertThat(earlier).doesNotContainKey("assessed");
        assertThat((List<?>) earlier.get("findings")).isNotEmpty();
        assertThat(gapUnits(YEAR)).doesNotContain("adm-b");
        assertThat(gapUnits(YEAR - 1)).contains("adm-b");
        assertThat(admin.json(HttpMethod.POST, "/api/admin/units/adm-b/retire", Map.of("validUntil", YEAR + "-07-01"))
                .getStatusCode().value()).isEqualTo(409);

        assertThat(auditActions("adm-a")).containsExactlyInAnyOrder("unit-create", "unit-rename", "unit-retype");
        assertThat(auditActions("adm-b")).containsExactlyInAnyOrder("unit-create", "unit-move", "unit-move", "unit-retire");

        // The demo city is not changed here; unknown units are 404; writing needs an admin.
        assertThat(admin.json(HttpMethod.PATCH, "/api/admin/units/sfj", Map.of("name", "x")).getStatusCode().value()).isEqualTo(409);
        assertThat(admin.json(HttpMethod.PATCH, "/api/admin/units/no-such", Map.of("name", "x")).getStatusCode().value()).isEqualTo(404);
        assertThat(new UnitsHttp(port, TestUsers.ASSESSOR).json(HttpMethod.PATCH, "/api/admin/units/adm-a",
                Map.of("name", "x")).getStatusCode().value()).isEqualTo(403);
        assertThat(anonymous.json(HttpMethod.POST, "/api/admin/units", Map.of("id", "anon")).getStatusCode().value()).isEqualTo(401);
    }

    /** The units the gaps of a year count anywhere (heat map by part). */
    @SuppressWarnings("unchecked")
    private Set<String> gapUnits(int year) {
        return ((List<Map<String, Object>>) anonymous.get("/api/gaps?year=" + year).get("areas")).stream()
                .flatMap(a -> ((Map<String, Object>) a.get("byUnit")).keySet().stream()).collect(Collectors.toSet());
    }

    /** The audit entries' actions on units whose id starts with {@code prefix}. */
    private List<String> auditActions(String prefix) {
        String query = "PREFIX yf: <https://w3id.org/yifa/ont#> SELECT ?action WHERE { GRAPH <https://w3id.org/yifa/graph/audit> "
                + "{ ?e yf:action ?action ; yf:target ?t } FILTER(STRSTARTS(STR(?t), \"https://w3id.org/yifa/id/unit/" + prefix + "\")) }";
        return Txn.calculateRead(dataset, () -> {
            List<String> actions = new ArrayList<>();
            try (QueryExecution q = QueryExecution.create(query, dataset)) {
                q.execSelect().forEachRemaining(s -> actions.add(s.getLiteral("action").getString()));
            }
            return actions;
        });
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }
}
