package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.criteria.StoredCriteria;
import org.yifa.criteria.StoredCriterion;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.Prefixes;
import org.yifa.testing.YifaSpringTest;

/** The engine on a unit whose records each test writes itself, against the real criteria. */
@YifaSpringTest
class AssessmentEngineTest {

    static final String GRAPH = "https://w3id.org/yifa/graph/test-assessment";
    static final String PREFIXES = Prefixes.TURTLE + """
            @prefix ev: <https://w3id.org/yifa/id/evidence/t-dept/> .
            <https://w3id.org/yifa/id/unit/t-dept> a yf:Unit ; yf:unitId "t-dept" ; skos:prefLabel "测试局"@zh ;
                yf:unitType ut:municipal-department .
            """;

    @Autowired
    AssessmentEngine engine;
    @Autowired
    Dataset dataset;
    @Autowired
    QueryLibrary queries;

    @AfterEach
    void removeUnit() {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(GRAPH)));
    }

    @Test
    void withoutRecordsEveryApplicableDocumentaryCriterionIsMissedAndJudgementsArePending() {
        write("");
        UnitAssessment a = engine.assess("t-dept", 2025);
        List<String> conditional = StoredCriteria.read(queries).stream().filter(c -> c.condition() != null)
                .map(StoredCriterion::id).toList();
        assertThat(conditional).contains("8.10-3", "7.6-1");
        for (Finding f : a.findings()) {
            for (CriterionResult c : f.criteria()) {
                // A duty waiting for an event the unit has not reported on awaits its word, never missed.
                Status expected = !appliesToDepartments(c.id()) ? Status.NOT_APPLICABLE
                        : c.judgement() || conditional.contains(c.id()) ? Status.NEEDS_JUDGEMENT : Status.MISSED;
                assertThat(c.status()).as(c.id()).isEqualTo(expected);
            }
        }
        assertThat(a.finding("2.4").criteria()).anySatisfy(c -> assertThat(c.status()).isEqualTo(Status.NOT_APPLICABLE));
        assertThat(a.eligible()).isFalse();
        assertThat(a.finding("7.4").reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo("missing-evidence");
            assertThat(r.criterion()).isEqualTo("7.4-1");
            assertThat(r.evidenceType()).isEqualTo("leadership-law-class");
            assertThat(r.required()).isEqualTo(1);
            assertThat(r.found()).isZero();
            assertThat(r.responsible()).isNotBlank();
        });
    }

    @Test
    void aYearlyCountOnlyCountsRecordsOfThatYear() {
        write("""
                ev:t1 a yf:EvidenceRecord ; yf:unit <https://w3id.org/yifa/id/unit/t-dept> ; yf:recordId "t1" ;
                    yf:evidenceType et:leadership-law-class ; dcterms:date "2025-05-10"^^xsd:date ; dcterms:title "法治专题培训班"@zh ;
                    yf:forCriterion c:7.4-1 .
                ev:t2 a yf:EvidenceRecord ; yf:unit <https://w3id.org/yifa/id/unit/t-dept> ; yf:recordId "t2" ;
                    yf:evidenceType et:leadership-law-class ; dcterms:date "2024-06-01"^^xsd:date ; dcterms:title "法治专题培训班"@zh .
                """);
        CriterionResult course = criterion(engine.assess("t-dept", 2025), "7.4-1");
        assertThat(course.status()).isEqualTo(Status.MET);
        assertThat(course.considered()).containsExactly("t1");

        // The class of 2024 counts for 2024 only; a municipal department owes no 其他行政机关 training.
        assertThat(criterion(engine.assess("t-dept", 2024), "7.4-1").considered()).containsExactly("t2");
        CriterionResult trainings = criterion(engine.assess("t-dept", 2025), "7.4-3");
        assertThat(trainings.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(trainings.reasons()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("excluded"));
    }

    @Test
    void normativeDocumentsValidBeyondTheCapAreReported() {
        write("""
                ev:n1 a yf:EvidenceRecord ; yf:unit <https://w3id.org/yifa/id/unit/t-dept> ; yf:recordId "n1" ;
                    yf:evidenceType et:normative-document-register ; dcterms:date "2020-03-01"^^xsd:date ;
                    dcterms:title "规范性文件目录"@zh ; yf:validUntil "2027-03-01"^^xsd:date .
                """);
        CriterionResult validity = criterion(engine.assess("t-dept", 2025), "2.6-1");
        assertThat(validity.status()).isEqualTo(Status.PARTLY_MET);
        assertThat(validity.reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("validity-exceeds-cap");
            assertThat(r.required()).isEqualTo(5);
        });
    }

    @Test
    void aJudgementDecidesAJudgementCriterion() {
        String judged = StoredCriteria.read(queries).stream()
                .filter(c -> c.judgement() && c.appliesTo().stream().anyMatch(u -> u.endsWith("/administrative-organ")))
                .map(StoredCriterion::id).findFirst().orElseThrow();
        write("""
                <https://w3id.org/yifa/id/judgement/t-dept/2025/%1$s> a yf:Judgement ;
                    yf:unit <https://w3id.org/yifa/id/unit/t-dept> ; yf:criterion c:%1$s ; yf:year 2025 ;
                    yf:verdict "missed" ; yf:reason "抽查发现问题"@zh .
                """.formatted(judged));
        assertThat(criterion(engine.assess("t-dept", 2025), judged)).satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.MISSED);
            assertThat(c.reasons()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo("judged-missed");
                assertThat(r.detail()).isEqualTo("抽查发现问题");
            });
        });
        assertThat(criterion(engine.assess("t-dept", 2024), judged).status()).isEqualTo(Status.NEEDS_JUDGEMENT);
    }

    @Test
    void aVetoEventCountsOnlyInsideItsTwoYearWindow() {
        write(veto("v1", "9.2", "2023-06-30", "规范性文件被责令纠正"));
        assertThat(engine.assess("t-dept", 2024).vetoes()).singleElement()
                .satisfies(v -> assertThat(v.notation()).isEqualTo("9.2"));
        assertThat(engine.assess("t-dept", 2023).vetoes()).singleElement();
        assertThat(engine.assess("t-dept", 2024).eligible()).isFalse();
        // The window of 2025 runs from 2024-01-01: an event of mid-2023 no longer counts.
        assertThat(engine.assess("t-dept", 2025).vetoes()).isEmpty();
        assertThat(engine.assess("t-dept", 2022).vetoes()).isEmpty();
    }

    @Test
    void aVetoConditionNamingItsUnitsSparesOthers() {
        // 9.6 binds 具有行政处罚职能的执法部门 only; t-dept is a municipal department without that power.
        String complaints = veto("v96", "9.6", "2025-03-01", "群众投诉反映强烈");
        write(complaints);
        assertThat(engine.assess("t-dept", 2025).vetoes()).isEmpty();
        write("<https://w3id.org/yifa/id/unit/t-dept> yf:unitType ut:penalty-enforcement-department .\n" + complaints);
        assertThat(engine.assess("t-dept", 2025).vetoes()).singleElement()
                .satisfies(v -> assertThat(v.notation()).isEqualTo("9.6"));
    }

    @Test
    void theRoundIsStoredAsANamedGraphLinkingItsFindings() {
        write("");
        UnitAssessment a = engine.assess("t-dept", 2025);
        long missed = a.findings().stream().filter(f -> f.status() == Status.MISSED).count();
        String linkedMissed = """
                PREFIX yf: <https://w3id.org/yifa/ont#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  GRAPH <https://w3id.org/yifa/graph/assessment/t-dept/2025> { ?round yf:finding ?finding }
                  GRAPH <https://w3id.org/yifa/graph/assessment/findings> { ?finding yf:status "missed" }
                }""";
        long stored = Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(linkedMissed).build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertThat(stored).isEqualTo(missed).isPositive();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph()
                .removeGraph(NodeFactory.createURI("https://w3id.org/yifa/graph/assessment/t-dept/2025")));
    }

    @Test
    void anUnknownUnitIsNamed() {
        assertThatThrownBy(() -> engine.assess("nobody", 2025)).isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("'nobody'");
    }

    private boolean appliesToDepartments(String criterionId) {
        List<String> kinds = queries.select("unit-type-obligations",
                Map.of("unitType", "https://w3id.org/yifa/id/unit-type/municipal-department")).stream()
                .map(r -> r.getLiteral("id").getString()).toList();
        return kinds.contains(criterionId);
    }

    private static CriterionResult criterion(UnitAssessment a, String id) {
        String item = id.substring(0, id.indexOf('-'));
        return a.finding(item).criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** A veto event of t-dept for veto condition {@code item}. */
    private static String veto(String id, String item, String date, String title) {
        return "<https://w3id.org/yifa/id/veto/t-dept/" + id + "> a yf:VetoEvent ; yf:unit <https://w3id.org/yifa/id/unit/t-dept> ;"
                + " yf:recordId \"" + id + "\" ; yf:vetoEventType <https://w3id.org/yifa/id/model-unit-goals/veto-event/" + item + "> ;"
                + " dcterms:date \"" + date + "\"^^xsd:date ; dcterms:title \"" + title + "\"@zh .\n";
    }

    private void write(String records) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + records, Lang.TURTLE).parse(m);
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(GRAPH));
            dataset.asDatasetGraph().addGraph(NodeFactory.createURI(GRAPH), m.getGraph());
        });
    }
}
