package org.yifa.store.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;
import org.yifa.store.Store;
import org.yifa.store.StoreFixture;
import org.yifa.store.http.StoreReadiness;
import org.yifa.testing.SlowTest;

/**
 * A streaming source's triples go straight into the write transaction: a source that fails half-way
 * leaves the previous graph and its fingerprint exactly as they were. On every store of {@link StoreFixture}.
 */
@SlowTest
class StreamingLoadTest {

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void aStreamedGraphReplacesTheOldOneWithItsFingerprint(StoreFixture.Backend backend) {
        StoreLoader loader = loader(backend);
        String graph = graph();
        assertThat(loader.refresh(new Numbers(graph, "v1", 1_000, -1))).isTrue();
        assertThat(loader.refresh(new Numbers(graph, "v2", 500, -1))).isTrue();
        assertThat(triples(backend.store(), graph)).isEqualTo(500);
        assertThat(backend.loading().fingerprints()).containsEntry(graph, "v2");
        assertThat(loader.refresh(new Numbers(graph, "v2", 500, -1))).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void aSourceFailingHalfWayChangesNothing(StoreFixture.Backend backend) {
        StoreLoader loader = loader(backend);
        String graph = graph();
        loader.refresh(new Numbers(graph, "v1", 1_000, -1));
        assertThatThrownBy(() -> loader.refresh(new Numbers(graph, "v2", 2_000, 1_500)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("numbers.nt:1500");
        assertThat(triples(backend.store(), graph)).isEqualTo(1_000);
        assertThat(backend.loading().fingerprints()).containsEntry(graph, "v1");
    }

    private static StoreLoader loader(StoreFixture.Backend backend) {
        return new StoreLoader(backend.store(), backend.loading(), List.of(), new StoreReadiness());
    }

    /** A graph of its own for each run, so that no fingerprint is left from another. */
    private static String graph() {
        return Yf.GRAPH + "test-streaming-" + UUID.randomUUID();
    }

    private static long triples(Store store, String graph) {
        return store.read(() -> store.graph(graph).size());
    }

    /** {@code count} triples, failing as bad input at triple {@code failAt} (or never, when negative). */
    record Numbers(String graphIri, String fingerprint, int count, int failAt) implements GraphSource.Streaming {

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
