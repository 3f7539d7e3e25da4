package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.UploadFormat;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;
import org.yifa.testing.YifaSpringTest;

/**
 * The city's gaps are kept across writes that change no record and carried over uploads by assessing the
 * uploaded unit alone: what they answer must be what a city assessed afresh answers.
 */
@YifaSpringTest
class CityGapsTest {

    static final TestUnit UNIT = new TestUnit("t-gaps-a");

    @Autowired
    CityGaps gaps;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    Dataset dataset;
    @Autowired
    Store store;
    @Autowired
    WriteJournal journal;
    @Autowired
    ApplicationContext context;

    final int year = Year.now().getValue() - 1;

    @BeforeEach
    void writeUnit() {
        UNIT.write(dataset, null);
    }

    @AfterEach
    void removeUnit() {
        UNIT.remove(dataset, year - 2, year + 1);
    }

    @Test
    void gapsCarriedOverAnUploadAreThoseOfTheCityAssessedAfresh() {
        GapsOverview before = gaps.of(year);
        assertThat(before.items()).anySatisfy(i -> assertThat(i.missed()).contains(UNIT.id()));

        intake.accept(UNIT.id(), UploadFormat.CSV, (TestUnit.EVIDENCE
                + "a1,leadership-law-class," + year + "-05-10,法治专题培训班,,,,7.4-1,,,\n"
                + "a2,system-document," + year + "-03-01,领导干部学法制度,,,,7.3-1,,,\n").getBytes(StandardCharsets.UTF_8), "test");

        GapsOverview after = gaps.of(year);
        assertThat(after).as("the upload changed the unit's gaps").isNotEqualTo(before);
        assertThat(after).isEqualTo(fresh().of(year));
    }

    @Test
    void gapsAreKeptOverAWriteNotedAsChangingNoRecordAndAssessedAgainAfterAnyOtherWrite() {
        GapsOverview kept = gaps.of(year);
        // A record written but noted as changing none (which only the engine's rounds may claim): the gaps
        // are not assessed again, which shows that they are kept, not recomputed.
        journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> changes.add(UNIT.graph(), record("noted")));
        assertThat(gaps.of(year)).isSameAs(kept);

        // Any write the journal does not vouch for: the city is assessed again, and both records count.
        Txn.executeWrite(dataset, () -> record("direct").find().forEachRemaining(
                t -> dataset.getNamedModel(UNIT.graph()).getGraph().add(t)));
        GapsOverview again = gaps.of(year);
        assertThat(again).isNotSameAs(kept).isEqualTo(fresh().of(year));
    }

    /** Gaps and an engine that have kept nothing: they assess the city from the store. */
    private CityGaps fresh() {
        return new CityGaps(FreshEngines.of(context), store, new WriteJournal());
    }

    /** Evidence of a system document of the year for the unit, as a direct write would put it. */
    private Graph record(String id) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                <https://w3id.org/yifa/id/evidence/%s/%s> a yf:EvidenceRecord ; yf:recordId "%s" ;
                    yf:unit <https://w3id.org/yifa/id/unit/%s> ;
                    yf:evidenceType <https://w3id.org/yifa/id/evidence-type/system-document> ;
                    dcterms:date "%d-01-02"^^<http://www.w3.org/2001/XMLSchema#date> .
                """.formatted(UNIT.id(), id, id, UNIT.id(), year), Lang.TURTLE).parse(g);
        return g;
    }
}
