package org.yifa.store.load;

import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.yifa.rdf.Yf;
import org.yifa.store.Store;
import org.yifa.store.StoreUnavailableException;

/**
 * What Yifa needs of a store, tried before anything is loaded: it can write (SPARQL Update), keeps a triple in
 * the named graph it was written to, gives a Chinese literal back unchanged, and finds it again when read as every
 * library query reads: through the union of Yifa's named graphs (the embedded store's default graph; on a remote
 * store, {@code GRAPH} patterns that name them, whatever the store's own default graph is). A store that cannot serve is refused with one
 * sentence naming what to set; the probe graph is removed again either way.
 */
public final class StoreCheck {

    /** Where the probe graphs are written, one per check. */
    public static final String PROBE_GRAPHS = Yf.GRAPH + "store-check/";

    /** The literal the probe writes and expects back: Chinese, and outside the Basic Multilingual Plane too. */
    static final String VALUE = "依法行政 · 𠀀 probe";

    private StoreCheck() {
    }

    /** Refused: the store cannot serve Yifa; the message says why and what to set. */
    public static final class StoreCannotServeException extends IllegalStateException {
        StoreCannotServeException(String message) {
            super(message);
        }
    }

    /**
     * Runs the probe. A store that cannot be reached throws {@link StoreUnavailableException} (the caller
     * retries); one that answers but cannot serve throws {@link StoreCannotServeException}.
     */
    public static void check(Store store) {
        String id = UUID.randomUUID().toString();
        // One of Yifa's graphs, so that it is read as Yifa's graphs are.
        String graph = PROBE_GRAPHS + id;
        Node probe = NodeFactory.createURI("urn:yifa:store-check:" + id + "#probe");
        Graph content = GraphFactory.createDefaultGraph();
        content.add(probe, RDFS.label.asNode(), NodeFactory.createLiteralString(VALUE));
        try {
            store.write(changes -> changes.replaceGraph(graph, content));
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreCannotServeException("The store refused a write, and Yifa writes (its graphs, uploads, "
                    + "rounds): give it a SPARQL Update endpoint it may use (yifa.store.update-url, and "
                    + "yifa.store.username/password if the store asks for them). The store said: " + e.getMessage());
        }
        try {
            List<String> named = values(store, "store-check-named", Binding.builder()
                    .add(Var.alloc("graph"), NodeFactory.createURI(graph)).add(Var.alloc("probe"), probe).build());
            if (named.isEmpty()) {
                throw new StoreCannotServeException("The store does not keep a triple in the named graph it was "
                        + "written to (INSERT DATA { GRAPH <g> { … } } then SELECT … { GRAPH <g> { … } } found nothing): "
                        + "use a SPARQL 1.1 store with named graphs (quads), such as Fuseki with TDB2.");
            }
            if (!named.equals(List.of(VALUE))) {
                throw new StoreCannotServeException("The store changed a Chinese literal on its way in and out (wrote \""
                        + VALUE + "\", read " + named + "): set its character encoding to UTF-8 (Virtuoso: "
                        + "the connection's charset; a proxy: Content-Type charset=UTF-8).");
            }
            if (values(store, "store-check-default", Binding.builder().add(Var.alloc("probe"), probe).build()).isEmpty()) {
                throw new StoreCannotServeException("The store does not find a triple of a named graph when a query asks "
                        + "for it in any graph (SELECT … { GRAPH ?g { … } }), and every query of Yifa's reads so: use a "
                        + "SPARQL 1.1 store with named graphs (see docs/operations.md, Running on an external SPARQL store).");
            }
        } finally {
            store.write(changes -> changes.removeGraph(graph));
        }
    }

    private static List<String> values(Store store, String name, Binding binding) {
        Query query = InternalQueries.load(name);
        return store.read(() -> store.select(query, binding).rows().stream()
                .map(row -> row.get(Var.alloc("value")))
                .map(node -> node.isLiteral() ? node.getLiteralLexicalForm() : node.toString()).toList());
    }
}
