package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.framework.FrameworkSource;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;
import org.yifa.testing.YifaSpringTest;

/**
 * The rounds given together (the engine gives a partition's) are one write: atomic, so a failure leaves the
 * rounds written before whole and no part of the failed write.
 */
@YifaSpringTest
class AssessmentRoundsTest {

    static final List<String> UNITS = IntStream.rangeClosed(1, 5).mapToObj(i -> "t-batch-" + i).toList();

    @Autowired
    AssessmentEngine engine;
    @Autowired
    Store store;
    @Autowired
    QueryLibrary queries;
    @Autowired
    FrameworkSource framework;
    @Autowired
    Dataset dataset;

    final int year = Year.now().getValue() - 1;
    List<AssessmentRounds.Round> results;
    String frameworkVersion;

    @BeforeEach
    void assessUnitsAndForgetTheirRounds() {
        UNITS.forEach(u -> new TestUnit(u).write(dataset, null));
        results = UNITS.stream().map(u -> new AssessmentRounds.Round(UnitRecordsLoader.UNIT_NS + u, engine.assess(u, year))).toList();
        frameworkVersion = engine.framework().version();
        removeRounds();
    }

    @AfterEach
    void removeUnitsAndRounds() {
        UNITS.forEach(u -> new TestUnit(u).remove(dataset, year, year));
    }

    @Test
    void roundsGivenTogetherAreOneWriteAndUnchangedOnesAreNotWrittenAgain() {
        AssessmentRounds rounds = new AssessmentRounds(store, queries, framework, new WriteJournal());
        assertThat(rounds.storeAll(results, frameworkVersion)).as("writes for 5 rounds").isEqualTo(1);
        assertThat(UNITS).allSatisfy(u -> assertThat(roundTriples(u)).as(u).isPositive());
        assertThat(rounds.storeAll(results, frameworkVersion)).as("nothing changed").isZero();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesEveryRoundAsItWas() {
        int whole = roundTriples(results, 0);
        new AssessmentRounds(store, queries, framework, new WriteJournal()).storeAll(results.subList(0, 2), frameworkVersion);
        Store failingWrite = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("write")) {
                        // The write fails half-way: its first round is replaced, then the write aborts.
                        store.write(changes -> {
                            ((java.util.function.Consumer<org.yifa.store.Changes>) args[0]).accept(changes);
                            throw new IllegalStateException("disk full");
                        });
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        AssessmentRounds rounds = new AssessmentRounds(failingWrite, queries, framework, new WriteJournal());

        assertThatThrownBy(() -> rounds.storeAll(results, frameworkVersion)).hasMessage("disk full");

        assertThat(roundTriples(UNITS.get(0))).isEqualTo(whole);
        assertThat(roundTriples(UNITS.get(1))).isPositive();
        assertThat(UNITS.subList(2, 5)).allSatisfy(u -> assertThat(roundTriples(u)).as(u).isZero());
    }

    private int roundTriples(List<AssessmentRounds.Round> all, int i) {
        new AssessmentRounds(store, queries, framework, new WriteJournal()).storeAll(List.of(all.get(i)), frameworkVersion);
        int n = roundTriples(UNITS.get(i));
        removeRounds();
        return n;
    }

    private int roundTriples(String unit) {
        return Txn.calculateRead(dataset, () -> (int) dataset.getNamedModel(AssessmentRounds.graph(unit, year)).size());
    }

    private void removeRounds() {
        Txn.executeWrite(dataset, () -> UNITS.forEach(u ->
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(AssessmentRounds.graph(u, year)))));
    }
}
