package org.yifa.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.Prefixes;
import org.yifa.testing.YifaSpringTest;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.assessment.Finding;
import org.yifa.assessment.Reason;
import org.yifa.assessment.Status;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.Veto;

/**
 * The library's questions about units and their stored assessment rounds, on two units this test
 * writes itself, against what the assessment engine computes for them.
 */
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryRoundsTest {

    static final String GRAPH = "https://w3id.org/yifa/graph/test-assessment-queries";
    static final String UNIT = "https://w3id.org/yifa/id/unit/";
    static final String UT = "https://w3id.org/yifa/id/unit-type/";
    static final List<String> UNITS = List.of("qt-district", "qt-bureau");
    static final List<Integer> YEARS = List.of(2024, 2025);
    static final String DATA = Prefixes.TURTLE + """
            u:qt-district a yf:Unit ; yf:unitId "qt-district" ; skos:prefLabel "测试区人民政府"@zh ; yf:unitType ut:district-government .
            u:qt-bureau a yf:Unit ; yf:unitId "qt-bureau" ; skos:prefLabel "测试市司法局"@zh ; yf:unitType ut:municipal-department ;
                org:subOrganizationOf u:qt-district .
            <https://w3id.org/yifa/id/evidence/qt-bureau/t1> a yf:EvidenceRecord ; yf:unit u:qt-bureau ; yf:recordId "t1" ;
                yf:evidenceType et:leadership-law-class ; dcterms:date "2025-05-10"^^xsd:date ; dcterms:title "法治专题培训班"@zh ;
                yf:forCriterion c:7.4-1 .
            <https://w3id.org/yifa/id/evidence/qt-bureau/s1> a yf:EvidenceRecord ; yf:unit u:qt-bureau ; yf:recordId "s1" ;
                yf:evidenceType et:system-document ; dcterms:date "2020-01-15"^^xsd:date ; dcterms:title "规范性文件管理办法"@zh .
            # Inside the 2024 window (2022-12-31 < d <= 2024-12-31), outside the 2025 one.
            <https://w3id.org/yifa/id/veto/qt-bureau/v1> a yf:VetoEvent ; yf:unit u:qt-bureau ; yf:recordId "v1" ;
                yf:vetoEventType ve:9.2 ; dcterms:date "2023-12-31"^^xsd:date ; dcterms:title "规范性文件被责令纠正"@zh .
            # Inside both windows.
            <https://w3id.org/yifa/id/veto/qt-district/v2> a yf:VetoEvent ; yf:unit u:qt-district ; yf:recordId "v2" ;
                yf:vetoEventType ve:9.4 ; dcterms:date "2024-03-02"^^xsd:date ; dcterms:title "群体性事件"@zh .
            """;

    @Autowired
    AssessmentEngine engine;
    @Autowired
    Dataset dataset;
    @Autowired
    QueryLibrary queries;

    private final Map<String, UnitAssessment> assessed = new HashMap<>();

    @BeforeAll
    void writeUnitsAndAssessThem() {
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(model);
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().addGraph(NodeFactory.createURI(GRAPH), model.getGraph()));
        for (String unit : UNITS) {
            for (int year : YEARS) {
                assessed.put(unit + "/" + year, engine.assess(unit, year));
            }
        }
    }

    @AfterAll
    void removeUnitsAndTheirRounds() {
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(GRAPH));
            for (String unit : UNITS) {
                for (int year : YEARS) {
                    dataset.asDatasetGraph().removeGraph(NodeFactory.createURI("https://w3id.org/yifa/graph/assessment/" + unit + "/" + year));
                }
            }
        });
    }

    @Test
    void theUnitsAreListedWithTheirKindsAndParents() {
        Map<String, Map<String, String>> rows = new HashMap<>();
        rows("units", Map.of()).forEach(r -> rows.put(r.get("unitId"), r));
        assertThat(rows.get("qt-bureau")).containsEntry("name", "测试市司法局").containsEntry("parentId", "qt-district")
                .containsEntry("unitType", UT + "municipal-department");
        assertThat(rows.get("qt-district")).containsEntry("unitType", UT + "district-government").doesNotContainKey("parentId");
    }

    @Test
    void unitsOfAKindIncludeThoseOfNarrowerKinds() {
        assertThat(mine(rows("units-by-type", Map.of("unitType", UT + "government")))).containsExactly("qt-district");
        assertThat(mine(rows("units-by-type", Map.of("unitType", UT + "district-government")))).containsExactly("qt-district");
        assertThat(mine(rows("units-by-type", Map.of("unitType", UT + "government-department")))).containsExactly("qt-bureau");
        assertThat(mine(rows("units-by-type", Map.of("unitType", UT + "administrative-organ"))))
                .containsExactlyInAnyOrder("qt-district", "qt-bureau");
    }

    @Test
    void theFindingsOfAUnitInAYearAreThoseTheEngineStored() {
        for (String unit : UNITS) {
            for (int year : YEARS) {
                UnitAssessment a = assessed.get(unit + "/" + year);
                List<Map<String, String>> rows = rows("unit-findings", Map.of("unit", unit, "year", String.valueOf(year)));
                assertThat(rows).extracting(r -> r.get("notation") + " " + r.get("status"))
                        .as(unit + " " + year)
                        .containsExactlyElementsOf(a.findings().stream().map(f -> f.notation() + " " + f.status().label()).toList());
                for (Map<String, String> row : rows) {
                    Finding f = a.finding(row.get("notation"));
                    Set<String> kinds = f.reasons().stream().map(Reason::kind).collect(Collectors.toCollection(TreeSet::new));
                    String reasons = row.getOrDefault("reasons", "");
                    assertThat(reasons.isEmpty() ? Set.of() : new TreeSet<>(List.of(reasons.split(" "))))
                            .as(unit + " " + year + " " + f.notation()).isEqualTo(kinds);
                    assertThat(row.get("reasonCount")).isEqualTo(String.valueOf(f.reasons().size()));
                    assertThat(row.get("eligible")).isEqualTo(String.valueOf(a.eligible()));
                }
            }
        }
        // The training record of 2025 counts in 2025 only: 7.4 has a reason less that year.
        assertThat(reasonCount("qt-bureau", 2025, "7.4")).isLessThan(reasonCount("qt-bureau", 2024, "7.4"));
    }

    @Test
    void unitsComparedInAYearCountTheirFindingsAndVetoes() {
        for (int year : YEARS) {
            Map<String, Map<String, String>> rows = new HashMap<>();
            rows("compare-units", Map.of("year", String.valueOf(year))).forEach(r -> rows.put(r.get("unit"), r));
            for (String unit : UNITS) {
                UnitAssessment a = assessed.get(unit + "/" + year);
                assertThat(rows.get(unit)).as(unit + " " + year)
                        .containsEntry("eligible", String.valueOf(a.eligible()))
                        .containsEntry("met", count(a, Status.MET)).containsEntry("partlyMet", count(a, Status.PARTLY_MET))
                        .containsEntry("missed", count(a, Status.MISSED)).containsEntry("needsJudgement", count(a, Status.NEEDS_JUDGEMENT))
                        .containsEntry("notApplicable", count(a, Status.NOT_APPLICABLE))
                        .containsEntry("vetoes", String.valueOf(a.vetoes().size()));
            }
        }
    }

    @Test
    void aUnitsItemsYearByYearFollowItsRounds() {
        for (String unit : UNITS) {
            List<String> expected = assessed.get(unit + "/" + YEARS.get(0)).findings().stream()
                    .flatMap(f -> YEARS.stream().map(y -> f.notation() + " " + y + " "
                            + assessed.get(unit + "/" + y).finding(f.notation()).status().label()))
                    .toList();
            assertThat(rows("compare-years", Map.of("unit", unit)))
                    .extracting(r -> r.get("notation") + " " + r.get("year") + " " + r.get("status"))
                    .as(unit).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theItemsTheCityMissesNameTheUnitsThatMissThem() {
        for (int year : YEARS) {
            List<Map<String, String>> rows = rows("missed-items-city", Map.of("year", String.valueOf(year)));
            Map<String, Set<String>> missed = new HashMap<>();
            Map<String, Set<String>> partly = new HashMap<>();
            for (Map<String, String> r : rows) {
                missed.put(r.get("notation"), mineOf(r.get("missedBy")));
                partly.put(r.get("notation"), mineOf(r.get("partlyMetBy")));
                assertThat(r.get("units")).isEqualTo(String.valueOf(Integer.parseInt(r.get("missed")) + Integer.parseInt(r.get("partlyMet"))));
            }
            for (String unit : UNITS) {
                for (Finding f : assessed.get(unit + "/" + year).findings()) {
                    assertThat(missed.getOrDefault(f.notation(), Set.of()).contains(unit)).as(unit + " " + f.notation())
                            .isEqualTo(f.status() == Status.MISSED);
                    assertThat(partly.getOrDefault(f.notation(), Set.of()).contains(unit)).as(unit + " " + f.notation())
                            .isEqualTo(f.status() == Status.PARTLY_MET);
                }
            }
            assertThat(rows).extracting(r -> Integer.parseInt(r.get("units"))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void vetoEventsOfAYearAreThoseInsideTheirWindow() {
        for (int year : YEARS) {
            Set<String> expected = new HashSet<>();
            for (String unit : UNITS) {
                assessed.get(unit + "/" + year).vetoes().stream().map(Veto::record).forEach(expected::add);
            }
            Set<String> actual = rows("veto-events", Map.of("year", String.valueOf(year))).stream()
                    .filter(r -> UNITS.contains(r.get("unitId"))).map(r -> r.get("record")).collect(Collectors.toSet());
            assertThat(actual).as(String.valueOf(year)).isEqualTo(expected);
        }
        assertThat(assessed.get("qt-bureau/2024").vetoes()).hasSize(1);
        assertThat(assessed.get("qt-bureau/2025").vetoes()).isEmpty();
        assertThat(rows("veto-events", Map.of("year", "2024"))).filteredOn(r -> r.get("unitId").equals("qt-district"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("notation", "9.4").containsEntry("windowYears", "2"));
    }

    private int reasonCount(String unit, int year, String notation) {
        return rows("unit-findings", Map.of("unit", unit, "year", String.valueOf(year))).stream()
                .filter(r -> r.get("notation").equals(notation)).mapToInt(r -> Integer.parseInt(r.get("reasonCount")))
                .findFirst().orElseThrow();
    }

    private static String count(UnitAssessment a, Status status) {
        return String.valueOf(a.findings().stream().filter(f -> f.status() == status).count());
    }

    private static List<String> mine(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("unitId")).filter(UNITS::contains).toList();
    }

    private static Set<String> mineOf(String ids) {
        return ids == null || ids.isEmpty() ? Set.of()
                : List.of(ids.split(" ")).stream().filter(UNITS::contains).collect(Collectors.toSet());
    }

    private List<Map<String, String>> rows(String name, Map<String, String> parameters) {
        return queries.select(name, parameters).stream().map(s -> {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, QueryAnswersTest.text(s.get(v))));
            return row;
        }).toList();
    }
}
