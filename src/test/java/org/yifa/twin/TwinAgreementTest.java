package org.yifa.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.UnitAssessment;
import org.yifa.demo.CityGenerator;
import org.yifa.demo.CriteriaCatalog;
import org.yifa.demo.DemoCity;
import org.yifa.demo.UnitSpec;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/**
 * The assessment engine and the SHACL twin, written independently from the same semantics, agree on
 * every criterion status, item status, veto and eligibility: on the demo city and on twenty
 * generated cities of about thirty units over two years.
 */
@SlowTest
@YifaSpringTest
class TwinAgreementTest {

    static final String CITY_GRAPH = Yf.GRAPH + "test-twin-city";

    @Autowired
    AssessmentEngine engine;
    @Autowired
    Dataset store;
    @Autowired
    QueryLibrary queries;

    @Test
    void theEngineAndTheTwinAgreeOnTheDemoCity() {
        Twin twin = new Twin(Knowledge.of(store));
        Model city = Knowledge.graph(store, "demo");
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (int year : DemoCity.YEARS) {
            Map<String, Twin.Assessment> expected = twin.assess(city, year);
            for (UnitSpec unit : DemoCity.UNITS) {
                compared += compare(engine.assess(unit.id(), year), expected.get(unitIri(unit.id())), disagreements);
            }
        }
        assertThat(compared).isGreaterThan(DemoCity.UNITS.size() * DemoCity.YEARS.size() * 111);
        assertThat(disagreements).as(summary(disagreements)).isEmpty();
    }

    @Test
    void theEngineAndTheTwinAgreeOnTwentyGeneratedCities() {
        Twin twin = new Twin(Knowledge.of(store));
        CityGenerator generator = new CityGenerator(CriteriaCatalog.read(queries));
        List<String> disagreements = new ArrayList<>();
        Set<String> statusesSeen = new HashSet<>(); // statuses, and "criterion status" pairs
        long[] nanos = new long[3];
        int assessed = 0;
        int expected = 0;
        // Three batches of cities, each batch over its own two years, each loaded into the store at once.
        for (int batch = 0; batch < 3; batch++) {
            List<Integer> years = List.of(2023 + batch, 2024 + batch);
            Map<Model, List<UnitSpec>> cities = new LinkedHashMap<>();
            for (int k = batch; k < 20; k += 3) {
                long seed = 7_000 + k;
                List<UnitSpec> units = CityGenerator.units(seed, 28 + k % 5, "t" + k + "-");
                cities.put(withoutDecoration(generator.generate(seed, units, years)), units);
                expected += units.size() * years.size();
            }
            long start = System.nanoTime();
            Txn.executeWrite(store, () -> cities.keySet().forEach(city -> store.getNamedModel(CITY_GRAPH).add(city)));
            nanos[2] += System.nanoTime() - start;
            try {
                for (int year : years) {
                    Map<String, Twin.Assessment> twinView = new HashMap<>();
                    start = System.nanoTime();
                    cities.keySet().forEach(city -> twinView.putAll(twin.assess(city, year)));
                    nanos[0] += System.nanoTime() - start;
                    start = System.nanoTime();
                    // Every unit of the store at once: one round-storing transaction.
                    List<UnitAssessment> all = engine.assessAll(year);
                    nanos[1] += System.nanoTime() - start;
                    for (UnitAssessment actual : all) {
                        Twin.Assessment twinOne = twinView.get(unitIri(actual.unit()));
                        if (twinOne == null) {
                            continue; // a unit of the demo city
                        }
                        assessed++;
                        compare(actual, twinOne, disagreements);
                        actual.findings().forEach(f -> f.criteria().forEach(c -> {
                            statusesSeen.add(c.status().label());
                            statusesSeen.add(c.id() + " " + c.status().label());
                        }));
                    }
                }
            } finally {
                start = System.nanoTime();
                Txn.executeWrite(store, () -> {
                    store.asDatasetGraph().removeGraph(NodeFactory.createURI(CITY_GRAPH));
                    cities.values().stream().flatMap(List::stream).forEach(unit -> years.forEach(year -> store.asDatasetGraph()
                            .removeGraph(NodeFactory.createURI(Yf.GRAPH + "assessment/" + unit.id() + "/" + year))));
                });
                nanos[2] += System.nanoTime() - start;
            }
        }
        System.out.printf("20 cities of two years: twin %d s, engine %d s, loading and removing %d s%n",
                nanos[0] / 1_000_000_000, nanos[1] / 1_000_000_000, nanos[2] / 1_000_000_000);
        assertThat(assessed).isEqualTo(expected);
        assertThat(statusesSeen).as("the cities exercise every status")
                .contains("met", "partly-met", "missed", "not-applicable", "needs-judgement");
        // ... and every kind of rule: counts (two trainings a year), deadlines, validity caps and stated validity.
        assertThat(statusesSeen).as("the cities exercise every rule")
                .contains("7.4-2 met", "7.4-2 partly-met", "7.4-2 missed", "8.4-3 met", "8.4-3 missed",
                        "2.6-1 met", "2.6-1 partly-met", "2.6-2 met", "2.6-2 partly-met");
        // ... and every answer to a duty that waits for an event: none reported, none occurred, some handled, all handled.
        assertThat(statusesSeen).as("the cities exercise conditions")
                .contains("8.10-3 needs-judgement", "8.10-3 not-applicable", "8.10-3 partly-met", "8.10-3 met");
        assertThat(disagreements).as(summary(disagreements)).isEmpty();
    }

    /** Cases the generator never makes and the spec does not spell out. */
    @Test
    void theEngineAndTheTwinAgreeWhereTheSpecIsTerse() {
        String edges = """
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ut: <https://w3id.org/yifa/id/unit-type/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix u: <https://w3id.org/yifa/id/unit/> .
                @prefix et: <https://w3id.org/yifa/id/evidence-type/> . @prefix c: <https://w3id.org/yifa/id/model-unit-goals/criterion/> .
                @prefix v: <https://w3id.org/yifa/id/model-unit-goals/veto-event/> . @prefix e: <https://w3id.org/yifa/id/evidence/> .
                @prefix j: <https://w3id.org/yifa/id/judgement/> .
                u:e-foreign a yf:Unit ; yf:unitId "e-foreign" ; skos:prefLabel "边界一局"@zh ; yf:unitType ut:municipal-department .
                u:e-judged a yf:Unit ; yf:unitId "e-judged" ; skos:prefLabel "边界二局"@zh ; yf:unitType ut:municipal-department .
                u:e-twofor a yf:Unit ; yf:unitId "e-twofor" ; skos:prefLabel "边界区人民政府"@zh ; yf:unitType ut:district-government .
                u:e-unstated a yf:Unit ; yf:unitId "e-unstated" ; skos:prefLabel "边界三局"@zh ; yf:unitType ut:municipal-department .
                # A record meant for another criterion, over the cap: does it spoil 2.6-1?
                <https://w3id.org/yifa/id/evidence/e-foreign/r1> a yf:EvidenceRecord ; yf:unit u:e-foreign ; yf:recordId "r1" ; yf:evidenceType et:normative-document-register ;
                    dcterms:date "2024-05-01"^^xsd:date ; yf:validUntil "2034-05-01"^^xsd:date ; yf:forCriterion c:2.1-2 .
                <https://w3id.org/yifa/id/evidence/e-foreign/r2> a yf:EvidenceRecord ; yf:unit u:e-foreign ; yf:recordId "r2" ; yf:evidenceType et:normative-document-register ;
                    dcterms:date "2024-06-01"^^xsd:date ; yf:validUntil "2026-06-01"^^xsd:date ; yf:forCriterion c:2.6-1 .
                # Two verdicts on one criterion and year.
                <https://w3id.org/yifa/id/judgement/e-judged/2025/2.2-2> a yf:Judgement ; yf:unit u:e-judged ; yf:criterion c:2.2-2 ; yf:year 2025 ; yf:verdict "met" .
                <https://w3id.org/yifa/id/judgement/e-judged/2025/2.2-2-again> a yf:Judgement ; yf:unit u:e-judged ; yf:criterion c:2.2-2 ; yf:year 2025 ; yf:verdict "missed" .
                # One class record meant for two criteria: the class (7.4-1) and the lectures (7.4-2).
                <https://w3id.org/yifa/id/evidence/e-twofor/r1> a yf:EvidenceRecord ; yf:unit u:e-twofor ; yf:recordId "r1" ; yf:evidenceType et:leadership-law-class ;
                    dcterms:date "2025-05-01"^^xsd:date ; yf:forCriterion c:7.4-1 , c:7.4-2 .
                # A record meant for another criterion states no validity: does it spoil 2.6-2?
                <https://w3id.org/yifa/id/evidence/e-unstated/r1> a yf:EvidenceRecord ; yf:unit u:e-unstated ; yf:recordId "r1" ; yf:evidenceType et:normative-document-register ;
                    dcterms:date "2017-05-01"^^xsd:date ; yf:forCriterion c:2.1-2 .
                <https://w3id.org/yifa/id/evidence/e-unstated/r2> a yf:EvidenceRecord ; yf:unit u:e-unstated ; yf:recordId "r2" ; yf:evidenceType et:normative-document-register ;
                    dcterms:date "2018-05-01"^^xsd:date ; yf:validUntil "2022-05-01"^^xsd:date .
                """;
        Model city = ModelFactory.createDefaultModel();
        RDFParser.fromString(edges, Lang.TURTLE).parse(city);
        Twin twin = new Twin(Knowledge.of(store));
        List<String> disagreements = new ArrayList<>();
        Txn.executeWrite(store, () -> store.getNamedModel(CITY_GRAPH).add(city));
        try {
            Map<String, Twin.Assessment> expected = twin.assess(city, 2025);
            for (String unit : List.of("e-foreign", "e-judged", "e-twofor", "e-unstated")) {
                UnitAssessment actual = engine.assess(unit, 2025);
                compare(actual, expected.get(unitIri(unit)), disagreements);
            }
            // The readings both share: validity is checked over every record of the type, whatever
            // criterion it is meant for; a met verdict wins; a record meant for two criteria counts only
            // where its type is the activity required (a class is no lecture).
            assertThat(expected.get(unitIri("e-foreign")).criteria()).containsEntry("2.6-1", "partly-met");
            assertThat(expected.get(unitIri("e-unstated")).criteria()).containsEntry("2.6-2", "partly-met");
            assertThat(expected.get(unitIri("e-judged")).criteria()).containsEntry("2.2-2", "met");
            assertThat(expected.get(unitIri("e-twofor")).criteria()).containsEntry("7.4-1", "met").containsEntry("7.4-2", "missed");
        } finally {
            Txn.executeWrite(store, () -> {
                store.asDatasetGraph().removeGraph(NodeFactory.createURI(CITY_GRAPH));
                for (String unit : List.of("e-foreign", "e-judged", "e-twofor", "e-unstated")) {
                    store.asDatasetGraph().removeGraph(NodeFactory.createURI(Yf.GRAPH + "assessment/" + unit + "/2025"));
                }
            });
        }
        assertThat(disagreements).as(summary(disagreements)).isEmpty();
    }

    /** Adds a line for every difference; returns how many statuses were compared. */
    private static int compare(UnitAssessment actual, Twin.Assessment expected, List<String> disagreements) {
        String where = actual.unit() + " " + actual.year() + " ";
        int compared = 0;
        Set<String> seen = new HashSet<>();
        for (Finding f : actual.findings()) {
            compared++;
            String item = expected.items().get(f.notation());
            if (!f.status().label().equals(item)) {
                disagreements.add(where + "item " + f.notation() + ": engine " + f.status().label() + ", twin " + item);
            }
            for (CriterionResult c : f.criteria()) {
                compared++;
                seen.add(c.id());
                String twin = expected.criteria().getOrDefault(c.id(), "not-applicable");
                if (!c.status().label().equals(twin)) {
                    disagreements.add(where + "criterion " + c.id() + ": engine " + c.status().label() + ", twin " + twin);
                }
            }
        }
        expected.criteria().keySet().stream().filter(id -> !seen.contains(id))
                .forEach(id -> disagreements.add(where + "criterion " + id + " applies (twin) but the engine has no result"));
        List<String> vetoes = actual.vetoes().stream().map(v -> v.notation()).sorted().toList();
        if (!vetoes.equals(expected.vetoes().stream().sorted().toList())) {
            disagreements.add(where + "vetoes: engine " + vetoes + ", twin " + expected.vetoes());
        }
        if (actual.eligible() != expected.eligible()) {
            disagreements.add(where + "eligible: engine " + actual.eligible() + ", twin " + expected.eligible());
        }
        return compared;
    }

    /**
     * The city without the properties no status depends on (titles, numbers, digests, submitters,
     * submission times, reasons), which would only make loading the store slower.
     */
    private static Model withoutDecoration(Model city) {
        for (String p : List.of("http://purl.org/dc/terms/title", "http://purl.org/dc/terms/identifier",
                Yf.NS + "sha256", Yf.NS + "reason", "http://www.w3.org/ns/prov#wasAttributedTo",
                "http://www.w3.org/ns/prov#generatedAtTime")) {
            city.removeAll(null, city.createProperty(p), null);
        }
        return city;
    }

    private static String summary(List<String> disagreements) {
        return disagreements.size() + " disagreements, first ones:\n"
                + String.join("\n", disagreements.subList(0, Math.min(60, disagreements.size())));
    }

    private static String unitIri(String id) {
        return Yf.ID + "unit/" + id;
    }
}
