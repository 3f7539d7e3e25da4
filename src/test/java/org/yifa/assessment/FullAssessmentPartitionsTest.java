package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yifa.testing.YifaSpringTest;

/**
 * A full assessment goes through the city a partition at a time: however the city is cut, and whether
 * the records are kept for the next run or read again, every unit gets the assessment it gets alone.
 */
@YifaSpringTest
class FullAssessmentPartitionsTest {

    static final int YEAR = 2025;

    @Autowired
    AssessmentEngine engine;
    @Autowired
    ApplicationContext context;
    @Autowired
    Dataset dataset;

    @Test
    void partitionsOfAnySizeGiveEveryUnitItsOwnAssessment() {
        List<UnitAssessment> whole = engine(10_000, 10_000).assessAll(YEAR);
        assertThat(whole).hasSizeGreaterThan(7);
        AssessmentEngine byThree = engine(3, 10_000);
        assertThat(byThree.assessAll(YEAR)).isEqualTo(whole);
        AssessmentEngine alone = engine(1, 10_000);
        for (UnitAssessment unit : whole) {
            assertThat(alone.assess(unit.unit(), YEAR)).as(unit.unit()).isEqualTo(unit);
        }
    }

    @Test
    void everyPartitionsRoundsAreStoredWhenTheFullAssessmentReturns() {
        // Rounds are written while the next partition is read: the last partition's too before the answer.
        List<UnitAssessment> whole = engine(2, 10_000).assessAll(YEAR);
        Txn.executeWrite(dataset, () -> whole.forEach(a -> dataset.asDatasetGraph()
                .removeGraph(NodeFactory.createURI(AssessmentRounds.graph(a.unit(), YEAR)))));
        engine(2, 10_000).assessAll(YEAR);
        assertThat(whole).allSatisfy(a -> assertThat(Txn.calculateRead(dataset,
                () -> dataset.getNamedModel(AssessmentRounds.graph(a.unit(), YEAR)).size())).as(a.unit()).isPositive());
    }

    @Test
    void aCityAboveTheKeptSizeIsReadAgainEachTimeWithTheSameAnswers() {
        List<UnitAssessment> kept = engine(4, 10_000).assessAll(YEAR);
        AssessmentEngine readAgain = engine(4, 5);
        assertThat(readAgain.assessAll(YEAR)).isEqualTo(kept);
        UnitRecords first = readAgain.recordsOf(kept.get(0).unit(), YEAR);
        assertThat(readAgain.assessAll(YEAR)).isEqualTo(kept);
        assertThat(readAgain.recordsOf(kept.get(0).unit(), YEAR)).as("not kept: read again").isNotSameAs(first)
                .isEqualTo(first);

        AssessmentEngine keeping = engine(4, 10_000);
        keeping.assessAll(YEAR);
        assertThat(keeping.recordsOf(kept.get(0).unit(), YEAR)).as("kept").isSameAs(keeping.recordsOf(kept.get(0).unit(), YEAR));
    }

    private AssessmentEngine engine(int unitsPerPartition, int keptUnits) {
        return FreshEngines.of(context, unitsPerPartition, keptUnits);
    }
}
