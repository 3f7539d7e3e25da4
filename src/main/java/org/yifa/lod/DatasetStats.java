package org.yifa.lod;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Numbers about the published dataset, counted from the store (never typed in), for VoID and the
 * downloads page. "Merged" means the union of the public graphs with duplicates counted once.
 *
 * @param graphTriples  triples per public named graph
 * @param triples       distinct triples of the merged public graphs
 * @param coreTriples   distinct triples of the merged reference graphs (the Turtle and JSON-LD dumps)
 * @param entities      distinct subjects that are IRIs in the URI space {@code https://w3id.org/yifa/id/}
 * @param classes       instances per class: distinct subjects with that rdf:type (IRIs and blank nodes)
 * @param properties    distinct predicates
 * @param vocabularies  the vocabularies the predicates and classes come from
 * @param nationalDatabaseLinks triples with predicate {@code yf:nationalDatabasePage}
 * @param frameworks    the yf:Framework resources (VoID root resources)
 */
record DatasetStats(Map<Node, Long> graphTriples, long triples, long coreTriples, long entities,
                    Map<Node, Long> classes, long properties, Set<String> vocabularies,
                    long nationalDatabaseLinks, Set<Node> frameworks) {
}
