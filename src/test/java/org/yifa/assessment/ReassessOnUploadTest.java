package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.UploadFormat;
import org.yifa.unit.UnitLifetimes;

/**
 * After an upload the stored rounds of the unit are current without anyone asking: the years the
 * records fall in, and every later year with a stored round (a standing document counts for all later
 * years); no round is made for a year nobody assessed.
 */
@YifaSpringTest
class ReassessOnUploadTest {

    static final String UNIT = "t-reassess";
    final TestUnit unit = new TestUnit(UNIT);

    @Autowired
    AssessmentEngine engine;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    Dataset dataset;
    @Autowired
    UnitLifetimes lifetimes;

    final int thisYear = Year.now().getValue();

    @BeforeEach
    void writeUnit() {
        unit.write(dataset, null);
    }

    @AfterEach
    void removeUnitAndItsGraphs() {
        unit.remove(dataset, thisYear - 4, thisYear);
    }

    @Test
    void aStandingDocumentUpdatesTheStoredRoundsOfLaterYearsAndMakesNoOthers() {
        int recordYear = thisYear - 2;
        engine.assess(UNIT, thisYear);
        assertThat(missesSystemDocumentFor731(thisYear)).isTrue();

        upload("r1,system-document," + recordYear + "-03-01,领导干部学法制度,,,,7.3-1,,,\n");

        assertThat(missesSystemDocumentFor731(thisYear)).as("the stored round of %s", thisYear).isFalse();
        assertThat(missesSystemDocumentFor731(recordYear)).as("the round of the record's year").isFalse();
        assertThat(roundStored(recordYear + 1)).as("a year nobody assessed").isFalse();
    }

    @Test
    void theEnginesOwnRoundsAndUploadsLeaveTheUnitLifetimesAsReadAndOtherWritesDoNot() {
        UnitLifetimes.Snapshot read = lifetimes.current();
        engine.assess(UNIT, thisYear - 1);
        assertThat(roundStored(thisYear - 1)).as("the engine wrote a round").isTrue();
        assertThat(lifetimes.current().lifetimes()).as("kept across the engine's own write, not read again").isSameAs(read.lifetimes());

        upload("r9,system-document," + (thisYear - 1) + "-03-01,领导干部学法制度,,,,7.3-1,,,\n");
        assertThat(lifetimes.current().lifetimes()).as("an upload adds records, no unit's dates").isSameAs(read.lifetimes());

        Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                <https://w3id.org/yifa/id/unit/t-reassess> <https://w3id.org/yifa/ont#unitValidUntil>
                    "%d-06-30"^^<http://www.w3.org/2001/XMLSchema#date> .
                """.formatted(thisYear - 3), Lang.TURTLE).parse(dataset.getNamedModel(unit.graph()).getGraph()));
        assertThat(lifetimes.current().lifetimes()).as("read again after a write of which nobody told").isNotSameAs(read.lifetimes());
        assertThat(lifetimes.assessed(UNIT, thisYear - 1)).as("the unit's new end date is seen").isFalse();
    }

    private void upload(String rows) {
        intake.accept(UNIT, UploadFormat.CSV, (TestUnit.EVIDENCE + rows).getBytes(StandardCharsets.UTF_8), "test");
    }

    private boolean roundStored(int year) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(AssessmentRounds.graph(UNIT, year)));
    }

    /** Whether the stored round of {@code year} exists and links to a finding giving 7.3-1 a missing system document as a reason. */
    private boolean missesSystemDocumentFor731(int year) {
        assertThat(roundStored(year)).as("round of %s stored", year).isTrue();
        String ask = """
                PREFIX yf: <https://w3id.org/yifa/ont#>
                ASK { GRAPH <%s> { ?round yf:finding ?finding }
                      GRAPH <%s> { ?finding yf:hasReason ?reason .
                          ?reason yf:criterion <https://w3id.org/yifa/id/model-unit-goals/criterion/7.3-1> ;
                              yf:evidenceType <https://w3id.org/yifa/id/evidence-type/system-document> } }
                """.formatted(AssessmentRounds.graph(UNIT, year), AssessmentRounds.FINDINGS);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(ask).build()) {
                return q.execAsk();
            }
        });
    }
}
