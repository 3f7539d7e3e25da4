package org.yifa.lod;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the service says about one resource: its Concise Bounded Description (its triples, blank
 * nodes followed) plus the labels of the resources it links to, in {@code graph}; for the web page
 * also a first page of the triples that point to it and display names of every node shown.
 *
 * @param resource      the described IRI
 * @param graph         CBD plus labels of linked resources; a copy, safe outside a transaction
 * @param incoming      up to {@link Describer#INCOMING_LIMIT} triples with the resource as object
 * @param incomingTotal how many such triples there are in all
 * @param names         a display name (zh first) for IRIs shown on the page
 */
record Description(Node resource, Graph graph, List<Triple> incoming, long incomingTotal, Map<Node, String> names) {
}
