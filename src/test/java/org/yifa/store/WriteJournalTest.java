package org.yifa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.yifa.store.embedded.EmbeddedStore;

/**
 * The journal on a real TDB2 dataset (in memory): a noted write is found by the version it made, and
 * anything between two versions that nobody noted — or that did not commit — makes the span unknown.
 */
class WriteJournalTest {

    final Dataset dataset = TDB2Factory.createDataset();
    final Store store = new EmbeddedStore(dataset);
    final WriteJournal journal = new WriteJournal();

    @Test
    void aNotedWriteIsFoundByTheVersionItMade() {
        long before = store.dataVersion();
        Model added = ModelFactory.createDefaultModel();
        WriteJournal.Change upload = new WriteJournal.Change("u1", added);

        long made = journal.write(store, upload, changes -> changes.add("urn:g", triple("a")));
        long rounds = journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> changes.add("urn:g", triple("b")));

        assertThat(made).isEqualTo(before + 1).isEqualTo(rounds - 1);
        assertThat(store.dataVersion()).isEqualTo(rounds);
        assertThat(journal.between(before, rounds)).contains(List.of(upload, WriteJournal.Change.DERIVED_ONLY));
        assertThat(journal.between(made, rounds)).contains(List.of(WriteJournal.Change.DERIVED_ONLY));
        assertThat(journal.between(rounds, rounds)).contains(List.of());
    }

    @Test
    void aWriteNobodyNotedMakesTheSpanUnknown() {
        long before = store.dataVersion();
        journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> changes.add("urn:g", triple("a")));
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(quad("b")));
        long after = journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> changes.add("urn:g", triple("c")));

        assertThat(journal.between(before, after)).isEmpty();
        assertThat(journal.between(after - 1, after)).isPresent();
        assertThat(journal.between(-1, after)).as("a store that cannot tell its version").isEmpty();
    }

    @Test
    void aWriteThatFailedIsNotMistakenForTheOneThatTookItsVersion() {
        long before = store.dataVersion();
        assertThatThrownBy(() -> journal.write(store, new WriteJournal.Change("u1", ModelFactory.createDefaultModel()),
                changes -> {
                    changes.add("urn:g", triple("a"));
                    throw new IllegalStateException("bad input");
                })).hasMessage("bad input");
        assertThat(store.dataVersion()).as("nothing committed").isEqualTo(before);

        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(quad("b")));

        assertThat(store.dataVersion()).isEqualTo(before + 1);
        assertThat(journal.between(before, before + 1)).as("the version an unnoted write made").isEqualTo(Optional.empty());
    }

    @Test
    void theOldestNotesGoWhenTheirUploadsHoldTooManyStatements() {
        WriteJournal small = new WriteJournal(10, 2);
        long before = store.dataVersion();
        for (String s : List.of("a", "b", "c")) {
            Model added = ModelFactory.createDefaultModel();
            added.getGraph().add(quad(s).asTriple());
            small.write(store, new WriteJournal.Change("u1", added), changes -> changes.add("urn:g", triple(s)));
        }

        assertThat(small.between(before, before + 3)).as("the first upload's note dropped").isEmpty();
        assertThat(small.between(before + 1, before + 3)).hasValueSatisfying(changes -> assertThat(changes).hasSize(2));
    }

    private static org.apache.jena.graph.Graph triple(String subject) {
        var graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.add(quad(subject).asTriple());
        return graph;
    }

    private static Quad quad(String subject) {
        return Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:" + subject),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(subject));
    }
}
