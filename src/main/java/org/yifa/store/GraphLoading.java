package org.yifa.store;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The loader's side of the store: whole named graphs replaced together with the fingerprint of what
 * they were built from, so that a start-up skips graphs whose sources did not change. Kept apart from
 * {@link Store}, which serves reads and writes of everyone else; the same bean implements both.
 */
public interface GraphLoading {

    /** The fingerprints the loader recorded in the meta graph: graph IRI → fingerprint, by IRI. */
    Map<String, String> fingerprints();

    /**
     * Replaces a named graph with {@code content} and records its fingerprint, atomically: until the
     * replacement commits, the previous graph and fingerprint stay as they were.
     */
    void load(String graph, Graph content, String fingerprint);

    /**
     * As {@link #load(String, Graph, String)}, the triples handed to the sink by {@code content} as it
     * runs: on the embedded store inside the write transaction, so a large graph is never held in memory
     * whole and an exception thrown by {@code content} (bad input) changes nothing. A remote store
     * collects the graph first, then loads it.
     */
    void load(String graph, Consumer<Consumer<Triple>> content, String fingerprint);
}
