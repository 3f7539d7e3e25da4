package org.yifa.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;
import org.yifa.demo.DemoCity;
import org.yifa.demo.UnitSpec;
import org.yifa.rdf.Yf;

/**
 * The twin on its own: on the demo city (complete units meet everything, a removed record costs
 * exactly its criterion, the veto window holds) and on hand-made records at the edges of each rule,
 * with the expected statuses worked out from the spec.
 */
@SlowTest
@YifaSpringTest
class TwinSanityTest {

    static final String UNIT = Yf.ID + "unit/";
    static final String CRITERION = Yf.ID + "model-unit-goals/criterion/";

    @Autowired
    Dataset store;

    Twin twin;
    Model demo;
    Model knowledge;

    @BeforeEach
    void setUp() {
        knowledge = Knowledge.of(store);
        twin = new Twin(knowledge);
        demo = Knowledge.graph(store, "demo");
    }

    @Test
    void completeDemoUnitsMeetEveryApplicableCriterionAndAreEligible() {
        List<UnitSpec> complete = DemoCity.UNITS.stream().filter(u -> u.profile() == UnitSpec.Profile.COMPLETE).toList();
        assertThat(complete).extracting(UnitSpec::id).containsExactly("sfj", "dcq");
        for (int year : DemoCity.YEARS) {
            Map<String, Twin.Assessment> city = twin.assess(demo, year);
            for (UnitSpec unit : complete) {
                Twin.Assessment a = city.get(UNIT + unit.id());
                assertThat(a.criteria()).as(unit.id()).hasSizeGreaterThan(100)
                        .allSatisfy((id, status) -> assertThat(status).as(id).isIn("met", "not-applicable"));
                // Not applicable only where the unit reported that the event did not occur.
                assertThat(a.criteria()).containsValue("met");
                assertThat(a.items().values()).containsOnly("met", "not-applicable");
                assertThat(a.eligible()).isTrue();
            }
            // Most of the others fall short somewhere, and in every way.
            List<Twin.Assessment> others = city.values().stream().filter(a -> !a.eligible()).toList();
            assertThat(others).hasSize(10);
            assertThat(others.stream().flatMap(a -> a.criteria().values().stream()))
                    .contains("partly-met", "missed", "needs-judgement");
        }
    }

    @Test
    void removingOneRecordOfACompleteUnitCostsExactlyItsCriterion() {
        int year = 2025;
        Map<String, String> before = twin.assess(demo, year).get(UNIT + "sfj").criteria();
        List<Resource> candidates = ownRecordsOfTypesWithoutSharedRecords("sfj", year);
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(3);
        for (Resource record : candidates.subList(0, 3)) {
            String criterion = id(record.getPropertyResourceValue(Yf.prop("forCriterion")));
            Model without = ModelFactory.createDefaultModel().add(demo);
            without.removeAll(record, null, null);
            Twin.Assessment after = twin.assess(without, year).get(UNIT + "sfj");
            Map<String, String> changed = after.criteria().entrySet().stream()
                    .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(changed).as("removing %s", record).containsOnlyKeys(criterion);
            assertThat(changed.get(criterion)).isIn("partly-met", "missed");
            assertThat(after.eligible()).isFalse();
        }
    }

    @Test
    void aVetoEventCountsOnlyInsideTheTwoYearsBeforeTheAssessmentDate() {
        // 示例市生态环境局: an event of 9.2 in May 2025; 东城区人民政府: one in July 2022.
        assertThat(twin.assess(demo, 2024).get(UNIT + "sthjj").vetoes()).isEmpty();
        assertThat(twin.assess(demo, 2025).get(UNIT + "sthjj").vetoes()).containsExactly("9.2");
        assertThat(twin.assess(demo, 2025).get(UNIT + "dcq").vetoes()).isEmpty();
        assertThat(twin.assess(demo, 2025).get(UNIT + "dcq").eligible()).isTrue();
    }

    @Test
    void countsAndYearsAtTheirEdges() {
        TwinModel.Criterion twoTrainings = twin.checklist().criteria.get(CRITERION + "7.4-2");
        assertThat(twoTrainings.requirements()).containsExactly(new TwinModel.Requirement(Yf.ID + "evidence-type/leadership-law-lecture", 2));
        assertThat(twoTrainings.pers()).containsExactly("year");
        Model city = city("""
                u:count yf:unitType ut:district-government .
                u:few yf:unitType ut:district-government .
                u:for yf:unitType ut:district-government .
                """ + record("count", "a", "leadership-law-class", "2025-01-01", "")
                + record("count", "b", "leadership-law-lecture", "2025-01-01", "")
                + record("count", "c", "leadership-law-lecture", "2025-12-31", "")
                + record("few", "a", "leadership-law-class", "2025-06-01", "")
                + record("few", "b", "leadership-law-lecture", "2025-06-01", "")
                + record("few", "c", "leadership-law-lecture", "2024-12-31", "")
                + record("for", "a", "leadership-law-class", "2025-03-01", "yf:forCriterion c:7.4-1 .")
                + record("for", "b", "leadership-law-class", "2025-04-01", "yf:forCriterion c:7.4-1 ."));
        Map<String, Twin.Assessment> y2025 = twin.assess(city, 2025);
        Map<String, Twin.Assessment> y2024 = twin.assess(city, 2024);
        assertThat(status(y2025, "count", "7.4-1", "7.4-2")).containsExactly("met", "met");
        assertThat(status(y2024, "count", "7.4-1", "7.4-2")).containsExactly("missed", "missed");
        assertThat(status(y2025, "few", "7.4-1", "7.4-2")).containsExactly("met", "partly-met");
        assertThat(status(y2024, "few", "7.4-1", "7.4-2")).containsExactly("missed", "partly-met");
        // Records meant for 7.4-1 count for it alone.
        assertThat(status(y2025, "for", "7.4-1", "7.4-2")).containsExactly("met", "missed");
    }

    @Test
    void aFirstQuarterDeadlineEndsOnTheThirtyFirstOfMarch() {
        Model city = city("""
                u:ontime yf:unitType ut:district-government .
                u:late yf:unitType ut:district-government .
                """ + record("ontime", "a", "annual-rule-of-law-report", "2025-03-31", "")
                + record("late", "a", "annual-rule-of-law-report", "2025-04-01", ""));
        Map<String, Twin.Assessment> y2025 = twin.assess(city, 2025);
        assertThat(status(y2025, "ontime", "8.4-3")).containsExactly("met");
        assertThat(status(y2025, "late", "8.4-3")).containsExactly("missed");
        assertThat(status(twin.assess(city, 2026), "ontime", "8.4-3")).containsExactly("missed");
    }

    @Test
    void validityCapsAndStatedValidity() {
        Model city = city("""
                u:cap yf:unitType ut:municipal-department .
                u:over yf:unitType ut:municipal-department .
                u:unstated yf:unitType ut:municipal-department .
                u:early yf:unitType ut:municipal-department .
                u:later yf:unitType ut:municipal-department .
                """
                // Five years from 29 February 2020 end on 28 February 2025: within the cap.
                + record("cap", "a", "normative-document-register", "2020-02-29", "yf:validUntil \"2025-02-28\"^^xsd:date .")
                // Provisional: three years at most, one day more is over.
                + record("over", "a", "normative-document-register", "2021-03-01",
                        "yf:validUntil \"2024-03-02\"^^xsd:date ; yf:provisional true .")
                + record("unstated", "a", "normative-document-register", "2016-01-01", "")
                + record("early", "a", "normative-document-register", "2015-12-31", "")
                // Dated after the assessment date: neither counted nor checked.
                + record("later", "a", "normative-document-register", "2026-01-01", ""));
        Map<String, Twin.Assessment> y2025 = twin.assess(city, 2025);
        assertThat(status(y2025, "cap", "2.6-1", "2.6-2")).containsExactly("met", "met");
        assertThat(status(y2025, "over", "2.6-1", "2.6-2")).containsExactly("partly-met", "met");
        assertThat(status(y2025, "unstated", "2.6-1", "2.6-2")).containsExactly("met", "partly-met");
        assertThat(status(y2025, "early", "2.6-1", "2.6-2")).containsExactly("met", "met");
        assertThat(status(y2025, "later", "2.6-1", "2.6-2")).containsExactly("missed", "missed");
    }

    @Test
    void judgementsAndVetoWindows() {
        String criterion = twin.checklist().criteria.values().stream()
                .filter(c -> c.judgement() && c.id().equals("2.2-2")).findFirst().orElseThrow().id();
        Model city = city("""
                u:judged yf:unitType ut:municipal-department .
                u:refused yf:unitType ut:municipal-department .
                u:pending yf:unitType ut:municipal-department .
                u:edge yf:unitType ut:municipal-department .
                u:inside yf:unitType ut:municipal-department .
                u:future yf:unitType ut:municipal-department .
                """ + judgement("judged", criterion, 2025, "met") + judgement("refused", criterion, 2025, "missed")
                + judgement("pending", criterion, 2024, "met")
                + veto("edge", "2023-12-31") + veto("inside", "2024-01-01") + veto("future", "2026-01-01"));
        Map<String, Twin.Assessment> y2025 = twin.assess(city, 2025);
        assertThat(status(y2025, "judged", criterion)).containsExactly("met");
        assertThat(status(y2025, "refused", criterion)).containsExactly("missed");
        assertThat(status(y2025, "pending", criterion)).containsExactly("needs-judgement");
        assertThat(status(twin.assess(city, 2024), "pending", criterion)).containsExactly("met");
        assertThat(y2025.get(UNIT + "edge").vetoes()).isEmpty();
        assertThat(y2025.get(UNIT + "inside").vetoes()).containsExactly("9.2");
        assertThat(y2025.get(UNIT + "future").vetoes()).isEmpty();
        assertThat(twin.assess(city, 2026).get(UNIT + "future").vetoes()).containsExactly("9.2");
    }

    @Test
    void aVetoConditionBindsOnlyTheUnitsItsWordsName() {
        // 9.6: 具有行政处罚职能的执法部门, 行政不作为、乱作为问题突出.
        Model city = city("""
                u:penalty yf:unitType ut:municipal-department , ut:penalty-enforcement-department .
                u:plain yf:unitType ut:municipal-department .
                """ + veto("penalty", "2025-03-01", "9.6") + veto("plain", "2025-03-01", "9.6"));
        Map<String, Twin.Assessment> y2025 = twin.assess(city, 2025);
        assertThat(y2025.get(UNIT + "penalty").vetoes()).containsExactly("9.6");
        assertThat(y2025.get(UNIT + "plain").vetoes()).isEmpty();
    }

    @Test
    void itemStatusesFollowTheirApplicableCriteria() {
        assertThat(Twin.item(List.of())).isEqualTo("not-applicable");
        assertThat(Twin.item(List.of("met", "met"))).isEqualTo("met");
        assertThat(Twin.item(List.of("missed", "missed"))).isEqualTo("missed");
        assertThat(Twin.item(List.of("met", "needs-judgement"))).isEqualTo("needs-judgement");
        assertThat(Twin.item(List.of("needs-judgement", "needs-judgement"))).isEqualTo("needs-judgement");
        assertThat(Twin.item(List.of("missed", "needs-judgement"))).isEqualTo("partly-met");
        assertThat(Twin.item(List.of("met", "missed"))).isEqualTo("partly-met");
    }

    /**
     * Records of the unit meant for one criterion, counted in {@code year}, that alone prove their type for it: no
     * shared record and no other record for the criterion is of the same type or a narrower one (which counts too).
     */
    private List<Resource> ownRecordsOfTypesWithoutSharedRecords(String unitId, int year) {
        Resource unit = demo.createResource(UNIT + unitId);
        List<Resource> records = demo.listResourcesWithProperty(Yf.prop("unit"), unit)
                .filterKeep(r -> r.hasProperty(RDF.type, Yf.res("EvidenceRecord"))).toList();
        Map<String, Integer> provers = new HashMap<>();
        records.forEach(r -> {
            Resource forCriterion = r.getPropertyResourceValue(Yf.prop("forCriterion"));
            String key = forCriterion == null ? "-" : forCriterion.getURI();
            knowledge.listObjectsOfProperty(knowledge.createResource(type(r)), Yf.prop("broaderOrSelf"))
                    .mapWith(o -> o.asResource().getURI()).andThen(List.of(type(r)).iterator()).toSet()
                    .forEach(t -> provers.merge(t + " " + key, 1, Integer::sum));
        });
        List<Resource> found = new ArrayList<>();
        records.stream().filter(r -> r.hasProperty(Yf.prop("forCriterion"))
                        && !provers.containsKey(type(r) + " -")
                        && provers.get(type(r) + " " + r.getPropertyResourceValue(Yf.prop("forCriterion")).getURI()) == 1)
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(r -> {
                    TwinModel.Criterion c = twin.checklist().criteria.get(r.getPropertyResourceValue(Yf.prop("forCriterion")).getURI());
                    LocalDate date = LocalDate.parse(r.getProperty(demo.createProperty(ShapeWriter.DCTERMS + "date")).getString());
                    boolean counted = !c.judgement() && c.windows(year).stream()
                            .anyMatch(w -> (w.from() == null || !date.isBefore(w.from())) && !date.isAfter(w.to()));
                    if (counted && found.stream().noneMatch(f -> sameCriterion(f, r))) {
                        found.add(r);
                    }
                });
        return found;
    }

    private static boolean sameCriterion(Resource a, Resource b) {
        return a.getPropertyResourceValue(Yf.prop("forCriterion")).equals(b.getPropertyResourceValue(Yf.prop("forCriterion")));
    }

    private static String type(Resource record) {
        return record.getPropertyResourceValue(Yf.prop("evidenceType")).getURI();
    }

    private static String id(Resource criterion) {
        return criterion.getURI().substring(CRITERION.length());
    }

    private static List<String> status(Map<String, Twin.Assessment> city, String unit, String... criteria) {
        Twin.Assessment a = city.get(UNIT + unit);
        List<String> statuses = new ArrayList<>();
        for (String c : criteria) {
            assertThat(a.criteria()).as("%s applies to %s", c, unit).containsKey(c);
            statuses.add(a.criteria().get(c));
        }
        return statuses;
    }

    private static Model city(String body) {
        String turtle = """
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ut: <https://w3id.org/yifa/id/unit-type/> .
                @prefix et: <https://w3id.org/yifa/id/evidence-type/> . @prefix u: <https://w3id.org/yifa/id/unit/> .
                @prefix c: <https://w3id.org/yifa/id/model-unit-goals/criterion/> .
                @prefix v: <https://w3id.org/yifa/id/model-unit-goals/veto-event/> .
                """ + body;
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        for (Statement s : m.listStatements(null, Yf.prop("unitType"), (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            s.getSubject().addProperty(RDF.type, Yf.res("Unit"));
        }
        return m;
    }

    private static String record(String unit, String id, String type, String date, String more) {
        return "<" + Yf.ID + "evidence/" + unit + "/" + id + "> a yf:EvidenceRecord ; yf:unit u:" + unit
                + " ; yf:recordId \"" + id + "\" ; yf:evidenceType et:" + type + " ; dcterms:date \"" + date
                + "\"^^xsd:date" + (more.isEmpty() ? " ." : " ; " + more) + "\n";
    }

    private static String judgement(String unit, String criterion, int year, String verdict) {
        return "<" + Yf.ID + "judgement/" + unit + "/" + year + "/" + criterion + "> a yf:Judgement ; yf:unit u:" + unit
                + " ; yf:criterion c:" + criterion + " ; yf:year " + year + " ; yf:verdict \"" + verdict + "\" .\n";
    }

    private static String veto(String unit, String date) {
        return veto(unit, date, "9.2");
    }

    private static String veto(String unit, String date, String item) {
        return "<" + Yf.ID + "veto/" + unit + "/v1> a yf:VetoEvent ; yf:unit u:" + unit
                + " ; yf:vetoEventType v:" + item + " ; dcterms:date \"" + date + "\"^^xsd:date .\n";
    }
}
