package org.yifa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yifa.testing.SlowTest;

/**
 * What {@link Store#write} promises, on every store of {@link StoreFixture}: the changes of one write
 * commit together or not at all, a replaced graph holds exactly the new triples, a removed one is gone,
 * and reads (graph lists, the union default graph, bound queries) see what was committed.
 */
@SlowTest
class StoreChangesTest {

    private static final Node P = NodeFactory.createURI("urn:yifa:test:p");

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void replacingAGraphLeavesExactlyTheNewTriples(StoreFixture.Backend backend) {
        Store store = backend.store();
        String graph = graph();
        store.write(changes -> changes.add(graph, triples("a", "b")));
        store.write(changes -> changes.replaceGraph(graph, triples("c")));
        assertThat(values(store, graph)).containsExactly("c");
        assertThat(store.graphs()).contains(graph);
        store.write(changes -> changes.removeGraph(graph));
        assertThat(store.graphs()).doesNotContain(graph);
        assertThat(values(store, graph)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void aWriteThatFailsHalfWayChangesNothing(StoreFixture.Backend backend) {
        Store store = backend.store();
        String kept = graph();
        String other = graph();
        store.write(changes -> changes.add(kept, triples("before")));
        assertThatThrownBy(() -> store.write(changes -> {
            changes.replaceGraph(kept, triples("after"));
            changes.add(List.of(Quad.create(NodeFactory.createURI(other), subject("x"), P, NodeFactory.createLiteralString("x"))));
            throw new InvalidInputException("units.xlsx", 7, "bad row");
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("units.xlsx:7");
        assertThat(values(store, kept)).containsExactly("before");
        assertThat(store.graphs()).doesNotContain(other);
    }

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void readsSeeTheNamedGraphsThroughTheUnionAndBoundQueries(StoreFixture.Backend backend) {
        Store store = backend.store();
        String graph = graph();
        store.write(changes -> changes.add(graph, triples("甲", "乙")));
        Node s = subject("甲");
        assertThat(store.read(() -> store.union().contains(s, P, NodeFactory.createLiteralString("甲")))).isTrue();
        Binding bound = BindingFactory.binding(Var.alloc("s"), s);
        List<Binding> rows = store.select(QueryFactory.create("SELECT ?o WHERE { ?s <" + P.getURI() + "> ?o }"), bound).rows();
        assertThat(rows).extracting(r -> r.get(Var.alloc("o")).getLiteralLexicalForm()).containsExactly("甲");
        store.write(changes -> changes.removeGraph(graph));
    }

    private static String graph() {
        return org.yifa.rdf.Yf.GRAPH + "test/changes-" + UUID.randomUUID();
    }

    private static Node subject(String value) {
        return NodeFactory.createURI("urn:yifa:test:s-" + Integer.toHexString(value.hashCode()));
    }

    private static Graph triples(String... values) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String value : values) {
            graph.add(Triple.create(subject(value), P, NodeFactory.createLiteralString(value)));
        }
        return graph;
    }

    private static List<String> values(Store store, String graph) {
        return store.read(() -> store.graph(graph).find(null, P, null).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().sorted().toList());
    }
}
