package org.yifa.store;

import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;

/**
 * The changes of one atomic write ({@link Store#write}). The embedded store applies each at once inside
 * its write transaction; a remote store collects them into one SPARQL Update request.
 */
public interface Changes {

    /** Adds the triples of {@code content} to the named graph {@code graph}. */
    void add(String graph, Graph content);

    /** Adds quads (of named graphs). */
    void add(Collection<Quad> quads);

    /** Replaces the named graph {@code graph} by {@code content}. */
    void replaceGraph(String graph, Graph content);

    /** Removes the named graph {@code graph} (nothing happens if it does not exist). */
    void removeGraph(String graph);

    /** Removes every named graph, one by one. */
    void removeAllGraphs();
}
