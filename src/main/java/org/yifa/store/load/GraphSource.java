package org.yifa.store.load;

import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * One named graph that the store keeps in step with the project's data files. At start-up the
 * {@link StoreLoader} rebuilds a source's graph only when its {@link #fingerprint()} changed, so a
 * restart adds nothing and an edited data file is loaded again.
 */
public interface GraphSource {

    /** IRI of the named graph this source owns, replaced whole on every rebuild. */
    String graphIri();

    /** Digest of everything the graph is built from. */
    String fingerprint();

    /**
     * Builds the graph from a read view of the store ({@link Store#view()}: the TDB2 dataset inside a
     * read transaction, or named graphs of a remote store fetched on first use), in which the graphs of
     * sources with a lower {@link #order()} are already current.
     *
     * @throws InvalidInputException naming file and line when the input is bad
     */
    Model build(Dataset store);

    /** Load order, lower first: ontology 0, framework 10, laws 20, links 30. */
    int order();

    /**
     * A source whose graph goes straight into the store's write as it is read (parsed, generated,
     * checked), never held in memory whole: for large data files. It must not read its own graph,
     * which is already emptied when it runs.
     */
    interface Streaming extends GraphSource {

        /**
         * Hands every triple of the graph to {@code sink}; {@code store} as in {@link #build}.
         *
         * @throws InvalidInputException naming file and line when the input is bad (the write is then undone)
         */
        void stream(Dataset store, Consumer<Triple> sink);

        @Override
        default Model build(Dataset store) {
            Model model = ModelFactory.createDefaultModel();
            stream(store, model.getGraph()::add);
            return model;
        }
    }
}
