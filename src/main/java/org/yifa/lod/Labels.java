package org.yifa.lod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.rdf.Yf;

/** The label properties, and the choice of a display label: Chinese first, then plain, then English. */
final class Labels {

    /** Copied into descriptions for every linked resource, in order of preference. */
    static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), NodeFactory.createURI("http://data.europa.eu/eli/ontology#title"));

    /** Names to show when a resource has no label (articles and paragraphs, criteria). */
    private static final List<Node> FALLBACK = List.of(Yf.numberZh.asNode(), SKOS.notation.asNode());

    private Labels() {
    }

    /** Every label of {@code node}, Chinese ones first. */
    static List<Node> all(Graph graph, Node node) {
        List<Node> labels = new ArrayList<>();
        for (Node property : PROPERTIES) {
            graph.find(node, property, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && !labels.contains(t.getObject())) {
                    labels.add(t.getObject());
                }
            });
        }
        labels.sort(Comparator.comparingInt(Labels::languageRank));
        return labels;
    }

    /** The best display name of {@code node}: its first label by property and language, or a fallback. */
    static Optional<String> best(Graph graph, Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        for (List<Node> properties : List.of(PROPERTIES, FALLBACK)) {
            Node best = null;
            for (Node property : properties) {
                for (Triple t : graph.find(node, property, Node.ANY).toList()) {
                    if (t.getObject().isLiteral() && (best == null || languageRank(t.getObject()) < languageRank(best))) {
                        best = t.getObject();
                    }
                }
                if (best != null) {
                    return Optional.of(best.getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        if (lang.equals("zh")) {
            return 0;
        }
        if (lang.startsWith("zh-")) {
            return 1;
        }
        if (lang.isEmpty()) {
            return 2;
        }
        return lang.startsWith("en") ? 3 : 4;
    }
}
