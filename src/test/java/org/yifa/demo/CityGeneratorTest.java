package org.yifa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

@YifaSpringTest
class CityGeneratorTest {

    static final String UT = Yf.ID + "unit-type/";
    static final List<Integer> YEARS = List.of(2024, 2025);

    @Autowired
    QueryLibrary queries;

    CriteriaCatalog catalog;
    CityGenerator generator;

    @BeforeEach
    void readCatalog() {
        catalog = CriteriaCatalog.read(queries);
        generator = new CityGenerator(catalog);
    }

    @Test
    void theCatalogHoldsEveryCriterionWithItsEvidenceAndRules() {
        long inStore = queries.select("criteria-count").get(0).getLiteral("n").getLong();
        assertThat(catalog.criteria()).hasSize((int) inStore);
        CriteriaCatalog.Criterion training = criterion("7.4-2");
        assertThat(training.per()).isEqualTo("year");
        assertThat(training.evidence()).extracting(CriteriaCatalog.Evidence::label).containsExactly("政府领导班子法治专题讲座记录");
        assertThat(criterion("8.10-3").event()).endsWith("/event-type/legal-post-hire");
        assertThat(criterion("8.10-3").evidence()).singleElement().satisfies(e -> assertThat(e.perEvent()).isTrue());
        assertThat(criterion("8.4-3").deadlineQuarter()).isEqualTo(1);
        assertThat(criterion("2.6-1").validityYears()).isEqualTo(5);
        assertThat(criterion("2.6-1").provisionalValidityYears()).isEqualTo(3);
        assertThat(criterion("2.6-2").since()).isEqualTo(LocalDate.of(2016, 1, 1));
        // The closure: what binds every administrative organ binds a district government too, unless
        // the criterion's words exclude it (7.4-3: 其他行政机关, after naming 各县（市）区人民政府).
        String otherOrgans = Yf.ID + "model-unit-goals/criterion/7.4-3";
        assertThat(catalog.criteriaByUnitType().get(UT + "district-government")).doesNotContain(otherOrgans)
                .containsAll(catalog.criteriaByUnitType().get(UT + "administrative-organ").stream()
                        .filter(c -> !c.equals(otherOrgans)).toList());
        assertThat(catalog.criteriaByUnitType().get(UT + "township-government")).contains(otherOrgans);
        assertThat(catalog.vetoTypes()).extracting(CriteriaCatalog.VetoType::item)
                .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "9.6");
    }

    @Test
    void theSameSeedGivesTheSameCityAndAnotherSeedAnother() {
        Model a = generator.generate(42, 25, YEARS);
        Model b = generator.generate(42, 25, YEARS);
        Model c = generator.generate(43, 25, YEARS);
        assertThat(a.size()).isGreaterThan(10_000);
        assertThat(a.getGraph().isIsomorphicWith(b.getGraph())).isTrue();
        assertThat(a.getGraph().isIsomorphicWith(c.getGraph())).isFalse();
    }

    @Test
    void unitsSpreadOverTheAssessedKindsUnderTheCityGovernment() {
        List<UnitSpec> units = CityGenerator.units(7, 600, "");
        Map<String, Long> kinds = units.stream().skip(1)
                .collect(Collectors.groupingBy(u -> u.types().get(0), Collectors.counting()));
        assertThat(units.get(0).types()).containsExactly("municipal-government");
        assertThat(kinds.get("municipal-department")).isGreaterThan(600 / 2);
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("municipal-department", "district-government",
                "development-zone-committee", "township-government", "subdistrict-office");
        assertThat(kinds.get("district-government")).isGreaterThan(kinds.get("township-government"));
        assertThat(units.stream().filter(u -> u.types().size() > 1))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.types().get(0)).isEqualTo("municipal-department"));
        Set<String> extra = units.stream().flatMap(u -> u.types().stream().skip(1)).collect(Collectors.toSet());
        assertThat(extra).containsExactlyInAnyOrder("law-enforcement-department", "penalty-enforcement-department",
                "approval-department");
        assertThat(units.stream().skip(1)).allSatisfy(u -> assertThat(u.parent()).isEqualTo(units.get(0).id()));
        assertThat(units.stream().map(UnitSpec::name).distinct()).hasSize(units.size());
        long complete = units.stream().filter(u -> u.profile() == UnitSpec.Profile.COMPLETE).count();
        long vetoed = units.stream().filter(u -> u.veto() != UnitSpec.Veto.NONE).count();
        assertThat(complete).isBetween(6L, 60L);
        assertThat(vetoed).isBetween(12L, 90L);
    }

    @Test
    void recordsAreWhatTheirUnitMustShowTitledInChinese() {
        List<UnitSpec> units = CityGenerator.units(11, 30, "c-");
        Model city = generator.generate(11, units, YEARS);
        Map<String, UnitSpec> byIri = new HashMap<>();
        units.forEach(u -> byIri.put(Yf.ID + "unit/" + u.id(), u));
        Map<String, String> labels = new HashMap<>();
        catalog.criteria().forEach(c -> c.evidence().forEach(e -> labels.put(e.type(), e.label())));
        Set<String> ids = new HashSet<>();
        List<Resource> records = city.listResourcesWithProperty(RDF.type, Yf.res("EvidenceRecord")).toList();
        assertThat(records).hasSizeGreaterThan(30 * 50);
        for (Resource r : records) {
            UnitSpec unit = byIri.get(r.getPropertyResourceValue(Yf.prop("unit")).getURI());
            Set<String> applicable = applicable(unit);
            String type = r.getPropertyResourceValue(Yf.prop("evidenceType")).getURI();
            String recordId = r.getProperty(Yf.prop("recordId")).getString();
            assertThat(r.getURI()).isEqualTo(Yf.ID + "evidence/" + unit.id() + "/" + recordId);
            assertThat(ids.add(r.getURI())).as("unique record %s", r).isTrue();
            assertThat(catalog.criteria()).as("a criterion of %s needs %s", unit.id(), type)
                    .anyMatch(c -> applicable.contains(c.iri()) && c.evidence().stream().anyMatch(e -> e.type().equals(type)));
            Statement forCriterion = r.getProperty(Yf.prop("forCriterion"));
            if (forCriterion != null) {
                assertThat(applicable).contains(forCriterion.getResource().getURI());
            }
            String title = r.getProperty(dcterms("title")).getString();
            assertThat(title).startsWith(unit.name()).contains(labels.get(type)).containsPattern("20\\d\\d年");
            assertThat(r.getProperty(Yf.sha256).getString()).matches("[0-9a-f]{64}");
        }
        assertThat(city.listResourcesWithProperty(RDF.type, Yf.res("Judgement")).toList()).isNotEmpty()
                .allSatisfy(j -> assertThat(j.getURI()).matches(".*/judgement/c-[a-z0-9]+/202[45]/\\d+\\.\\d+-\\d+"));
        assertThat(city.listSubjectsWithProperty(SKOS.prefLabel).toList()).hasSize(30);
    }

    @Test
    void fiveThousandUnitsOverThreeYearsAreGeneratedWellUnderAMinute() {
        List<UnitSpec> units = CityGenerator.units(2025, 5_000, "");
        AtomicLong triples = new AtomicLong();
        long start = System.nanoTime();
        generator.generate(2025, units, List.of(2023, 2024, 2025), new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.incrementAndGet();
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Generated 5,000 units x 3 years: %,d triples in %,d ms%n", triples.get(), millis);
        assertThat(triples.get()).isGreaterThan(5_000L * 500);
        assertThat(millis).isLessThan(45_000);
    }

    @Test
    void aQuarterlyRuleGetsItsRecordsInEveryQuarterOfEveryYear() {
        // No criterion of the checklist counts per quarter yet; the generator is ready for one.
        String type = Yf.ID + "evidence-type/inspection-report";
        CriteriaCatalog.Criterion quarterly = new CriteriaCatalog.Criterion(Yf.ID + "model-unit-goals/criterion/x-1", "x-1",
                "x", false, List.of(new CriteriaCatalog.Evidence(type, 2, "检查督查报告")),
                List.of(new CriteriaCatalog.Rule("quarter", 2, null, null, null, null)));
        CriteriaCatalog single = new CriteriaCatalog(List.of(quarterly),
                Map.of(UT + "municipal-department", Set.of(quarterly.iri())), List.of());
        UnitSpec unit = new UnitSpec("q", "示例市统计局", "示统", List.of("municipal-department"), null,
                UnitSpec.Profile.COMPLETE, UnitSpec.Veto.NONE);
        Model city = new CityGenerator(single).generate(5, List.of(unit), YEARS);
        Map<String, Long> perQuarter = city.listObjectsOfProperty(dcterms("date")).toList().stream()
                .map(d -> LocalDate.parse(d.asLiteral().getLexicalForm()))
                .collect(Collectors.groupingBy(d -> d.getYear() + "Q" + ((d.getMonthValue() + 2) / 3), Collectors.counting()));
        assertThat(perQuarter).containsOnlyKeys("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4")
                .allSatisfy((q, n) -> assertThat(n).as(q).isEqualTo(2L));
    }

    private Set<String> applicable(UnitSpec unit) {
        return generator.applicable(unit).stream().map(CriteriaCatalog.Criterion::iri).collect(Collectors.toSet());
    }

    private CriteriaCatalog.Criterion criterion(String id) {
        return catalog.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static org.apache.jena.rdf.model.Property dcterms(String local) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty("http://purl.org/dc/terms/" + local);
    }
}
