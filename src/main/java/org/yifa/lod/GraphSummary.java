package org.yifa.lod;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the web page of a named graph shows.
 *
 * @param graph       the graph's IRI
 * @param triples     its size
 * @param subjects    distinct subjects in it
 * @param classes     instances per class (objects of rdf:type), most first
 * @param description the triples about the graph IRI itself
 * @param names       display names of the classes
 * @param publicGraph whether the graph is part of the published dataset
 */
record GraphSummary(Node graph, long triples, long subjects, Map<Node, Long> classes, Graph description,
                    Map<Node, String> names, boolean publicGraph) {
}
