package org.yifa.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle in a stable order, so that a regenerated file differs from the committed one only where
 * the data does: prefixes by name, subjects by kind (units, evidence, judgements, veto events) and
 * IRI, rdf:type first, then predicates and objects alphabetically. IRIs only, no blank nodes.
 */
final class SortedTurtle {

    private static final List<String> KINDS = List.of("Unit", "EvidenceRecord", "Judgement", "VetoEvent");

    private SortedTurtle() {
    }

    static String write(Model model, Map<String, String> prefixes) {
        PrefixMap map = PrefixMapFactory.create(prefixes);
        StringBuilder out = new StringBuilder();
        new TreeMap<>(prefixes).forEach((p, ns) -> out.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        Map<Node, List<Triple>> bySubject = model.getGraph().find().toList().stream()
                .collect(Collectors.groupingBy(Triple::getSubject));
        List<Node> subjects = new ArrayList<>(bySubject.keySet());
        subjects.sort(Comparator.comparingInt((Node s) -> kind(bySubject.get(s))).thenComparing(Node::getURI));
        for (Node s : subjects) {
            Map<String, List<String>> byPredicate = new TreeMap<>(Comparator
                    .comparing((String p) -> !p.equals("a")).thenComparing(Comparator.naturalOrder()));
            for (Triple t : bySubject.get(s)) {
                String p = t.getPredicate().equals(RDF.type.asNode()) ? "a" : NodeFmtLib.str(t.getPredicate(), map);
                byPredicate.computeIfAbsent(p, k -> new ArrayList<>()).add(NodeFmtLib.str(t.getObject(), map));
            }
            out.append('\n').append(NodeFmtLib.str(s, map));
            String separator = " ";
            for (Map.Entry<String, List<String>> e : byPredicate.entrySet()) {
                out.append(separator).append(e.getKey()).append(' ')
                        .append(e.getValue().stream().sorted().collect(Collectors.joining(" , ")));
                separator = " ;\n    ";
            }
            out.append(" .\n");
        }
        return out.toString();
    }

    private static int kind(List<Triple> triples) {
        return triples.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode()))
                .mapToInt(t -> {
                    int k = KINDS.indexOf(t.getObject().getLocalName());
                    return k < 0 ? KINDS.size() : k;
                }).min().orElse(KINDS.size());
    }
}
