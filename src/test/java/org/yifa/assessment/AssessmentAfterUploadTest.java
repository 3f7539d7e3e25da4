package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yifa.criteria.StoredCriteria;
import org.yifa.criteria.StoredCriterion;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.UploadFormat;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.YifaSpringTest;

/**
 * After an upload the engine assesses from the records it kept plus the upload's, without reading the
 * unit again: its answers must be those of an engine that reads everything afresh, for the unit that got
 * the records and for every other, in the year of the kept city and in other years.
 */
@YifaSpringTest
class AssessmentAfterUploadTest {

    static final String A = "t-incr-a";
    static final String B = "t-incr-b";
    static final String EVIDENCE = TestUnit.EVIDENCE;
    static final String JUDGEMENTS = "criterion,year,verdict,reason,date,assessor\n";
    static final String EVENTS = "record_id,event_type,year,occurrences,date,statement\n";

    @Autowired
    AssessmentEngine engine;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    Dataset dataset;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitRecordsLoader records;
    @Autowired
    QueryLibrary queries;

    final int year = Year.now().getValue() - 1;
    final List<TestUnit> units = List.of(new TestUnit(A), new TestUnit(B));

    @BeforeEach
    void writeUnits() {
        units.forEach(u -> u.write(dataset, null));
        upload(A, EVIDENCE + "a0,system-document," + (year - 1) + "-03-01,领导干部学法制度,,,,7.3-1,,,\n");
        upload(B, EVIDENCE + "b0,work-plan," + year + "-02-01,年度学法计划,,,,,,,\n");
    }

    @AfterEach
    void removeUnitsAndTheirGraphs() {
        units.forEach(u -> u.remove(dataset, year - 2, year + 1));
    }

    @Test
    void recordsUploadedForAUnitTheEngineKeepsCountAsIfReadAfresh() {
        engine.assessAll(year);
        engine.assess(A, year - 1);
        UnitRecords otherBefore = engine.recordsOf(B, year);

        upload(A, EVIDENCE + "a1,leadership-law-class," + year + "-05-10,法治专题培训班,,,,7.4-1,,,\n"
                + "a2,system-document," + (year - 1) + "-06-01,学法制度修订,,,,,,,\n");
        upload(A, JUDGEMENTS + judgementCriterion() + "," + year + ",met,材料齐全," + year + "-12-20,李评估\n"
                + judgementCriterion() + "," + (year - 1) + ",missed,未见材料," + (year - 1) + "-12-20,李评估\n");
        upload(A, EVENTS + "e1,licence-revoked," + year + ",2," + year + "-12-20,撤销许可2件\n");

        assertThat(engine.recordsOf(B, year)).as("the kept city was carried over the uploads, not read again")
                .isSameAs(otherBefore);
        assertThat(engine.recordsOf(A, year).evidence()).extracting(UnitRecords.Evidence::recordId).contains("a1", "a2");
        assertThat(engine.recordsOf(A, year)).isEqualTo(freshRecords(A).ofYear(year));
        AssessmentEngine fresh = freshEngine();
        assertThat(engine.assess(A, year)).isEqualTo(fresh.assess(A, year));
        assertThat(engine.assess(A, year - 1)).as("the unit kept alone, all years").isEqualTo(fresh.assess(A, year - 1));
        assertThat(engine.assessAll(year)).isEqualTo(fresh.assessAll(year));
    }

    @Test
    void anUploadForAnotherUnitLeavesTheKeptUnitAsReadAndIsCountedForItsOwn() {
        engine.assess(A, year - 1);
        UnitAssessment before = engine.assess(A, year - 1);

        upload(B, EVIDENCE + "b1,leadership-law-class," + (year - 1) + "-05-10,法治专题培训班,,,,7.4-1,,,\n");

        AssessmentEngine fresh = freshEngine();
        assertThat(engine.assess(A, year - 1)).isEqualTo(before).isEqualTo(fresh.assess(A, year - 1));
        UnitAssessment other = engine.assess(B, year - 1);
        assertThat(other).isEqualTo(fresh.assess(B, year - 1));
        assertThat(other.finding("7.4").criteria()).anySatisfy(c -> assertThat(c.considered()).contains("b1"));
    }

    @Test
    void aWriteOtherThanAnUploadOrARoundMakesTheEngineReadAgain() {
        engine.assessAll(year);
        UnitRecords kept = engine.recordsOf(A, year);
        Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                <https://w3id.org/yifa/id/evidence/t-incr-a/direct> a yf:EvidenceRecord ; yf:recordId "direct" ;
                    yf:unit <https://w3id.org/yifa/id/unit/t-incr-a> ;
                    yf:evidenceType <https://w3id.org/yifa/id/evidence-type/system-document> ;
                    dcterms:date "%d-01-02"^^<http://www.w3.org/2001/XMLSchema#date> .
                """.formatted(year), Lang.TURTLE).parse(dataset.getNamedModel(units.get(0).graph()).getGraph()));

        assertThat(engine.recordsOf(A, year)).isNotSameAs(kept);
        assertThat(engine.recordsOf(A, year).evidence()).extracting(UnitRecords.Evidence::recordId).contains("direct");
        assertThat(engine.assess(A, year)).isEqualTo(freshEngine().assess(A, year));
    }

    /** An engine that has kept nothing yet: it reads every record it needs from the store. */
    private AssessmentEngine freshEngine() {
        return FreshEngines.of(context);
    }

    private UnitRecords freshRecords(String unitId) {
        return records.records(records.unit(unitId).orElseThrow());
    }

    private String judgementCriterion() {
        return StoredCriteria.read(queries).stream().filter(StoredCriterion::judgement)
                .map(StoredCriterion::id).findFirst().orElseThrow();
    }

    private void upload(String unit, String csv) {
        intake.accept(unit, UploadFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), "test");
    }
}
