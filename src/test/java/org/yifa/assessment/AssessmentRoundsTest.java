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
import org.yifa.rdf.Yf;
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
    void roundsReachingTheSameFindingsLinkToOneStoredCopy() {
        // The five test units have the same records: their results differ in the unit only.
        assertThat(results.get(1).result().findings()).isEqualTo(results.get(0).result().findings());
        AssessmentRounds rounds = new AssessmentRounds(store, queries, framework, new WriteJournal());
        rounds.storeAll(results.subList(0, 1), frameworkVersion);
        List<String> linked = linkedFindings(UNITS.get(0));
        assertThat(linked).hasSize(results.get(0).result().findings().size());
        long findingTriples = findingsGraphSize();

        rounds.storeAll(results.subList(1, 5), frameworkVersion);
        assertThat(UNITS.subList(1, 5)).allSatisfy(u -> assertThat(linkedFindings(u)).as(u).isEqualTo(linked));
        assertThat(findingsGraphSize()).as("nothing more in the findings graph").isEqualTo(findingTriples);
        // Each linked finding says its item, status and reasons, as the result does.
        Finding first = results.get(0).result().findings().get(0);
        assertThat(Txn.calculateRead(dataset, () -> {
            var m = dataset.getNamedModel(AssessmentRounds.FINDINGS);
            var f = m.createResource(linked.get(0));
            return List.of(f.getProperty(m.createProperty(Yf.NS, "status")).getString(),
                    f.getPropertyResourceValue(m.createProperty(Yf.NS, "item")).getURI(),
                    String.valueOf(m.listObjectsOfProperty(f, m.createProperty(Yf.NS, "hasReason")).toList().size()));
        })).containsExactly(first.status().label(), framework.iris().item(first.notation()), String.valueOf(first.reasons().size()));
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

    /** The findings a unit's round links to, in the order it gives them. */
    private List<String> linkedFindings(String unit) {
        return Txn.calculateRead(dataset, () -> {
            var round = dataset.getNamedModel(AssessmentRounds.graph(unit, year));
            return round.listObjectsOfProperty(round.createProperty(Yf.NS, "finding")).mapWith(o -> o.asResource().getURI())
                    .toList().stream().sorted().toList();
        });
    }

    private long findingsGraphSize() {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(AssessmentRounds.FINDINGS).size());
    }

    private void removeRounds() {
        Txn.executeWrite(dataset, () -> UNITS.forEach(u ->
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(AssessmentRounds.graph(u, year)))));
    }
}
