package org.yifa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.rdf.Yf;

/**
 * A streaming source's triples go straight into the write transaction: a source that fails half-way
 * leaves the previous graph and its fingerprint exactly as they were.
 */
@YifaSpringTest
class StreamingLoadTest {

    static final String GRAPH = Yf.GRAPH + "test-streaming";

    @Autowired
    StoreLoader loader;
    @Autowired
    Store store;

    @AfterEach
    void removeGraph() {
        store.write(changes -> changes.removeGraph(GRAPH));
    }

    @Test
    void aStreamedGraphReplacesTheOldOneWithItsFingerprint() {
        assertThat(loader.refresh(new Numbers("v1", 1_000, -1))).isTrue();
        assertThat(loader.refresh(new Numbers("v2", 500, -1))).isTrue();
        assertThat(triples()).isEqualTo(500);
        assertThat(store.fingerprints()).containsEntry(GRAPH, "v2");
        assertThat(loader.refresh(new Numbers("v2", 500, -1))).isFalse();
    }

    @Test
    void aSourceFailingHalfWayChangesNothing() {
        loader.refresh(new Numbers("v1", 1_000, -1));
        assertThatThrownBy(() -> loader.refresh(new Numbers("v2", 2_000, 1_500)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("numbers.nt:1500");
        assertThat(triples()).isEqualTo(1_000);
        assertThat(store.fingerprints()).containsEntry(GRAPH, "v1");
    }

    private long triples() {
        return store.read(() -> store.graph(GRAPH).size());
    }

    /** {@code count} triples, failing as bad input at triple {@code failAt} (or never, when negative). */
    record Numbers(String fingerprint, int count, int failAt) implements GraphSource.Streaming {

        @Override
        public String graphIri() {
            return GRAPH;
        }

        @Override
        public void stream(Dataset store, Consumer<Triple> sink) {
            Node p = NodeFactory.createURI("urn:test:value");
            for (int i = 1; i <= count; i++) {
                if (i == failAt) {
                    throw new InvalidInputException("numbers.nt", i, "bad number");
                }
                sink.accept(Triple.create(NodeFactory.createURI("urn:test:n" + i), p, NodeFactory.createLiteralString("n" + i)));
            }
        }

        @Override
        public int order() {
            return 100;
        }
    }
}
