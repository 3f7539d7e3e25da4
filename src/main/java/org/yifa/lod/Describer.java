package org.yifa.lod;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;
import org.yifa.store.load.DataFiles;
import org.yifa.store.Store;

/** Builds the descriptions that dereferencing answers with, from the store (default graph = all graphs). */
@Component
class Describer {

    /** How many incoming triples a web page lists. */
    static final int INCOMING_LIMIT = 100;
    /** Beyond this many incoming triples only the count grows; the page lists the first ones by property. */
    private static final int INCOMING_SORTED = 10_000;

    static final String ONTOLOGY_GRAPH = Yf.GRAPH + "ontology";
    static final String SHAPES_FILES = "ontology/shapes/*.ttl";

    private final Store store;
    private final JsonLdContext context;
    private volatile Graph shapes;

    Describer(Store store, JsonLdContext context) {
        this.store = store;
        this.context = context;
    }

    /**
     * The description of an IRI that occurs in the store (as subject or object), or empty. The
     * IRI is tried as given and, failing that, as {@code fallback} (the undecoded request path).
     */
    Optional<Description> describe(String iri, String fallback) {
        return store.read(() -> {
            Graph union = store.union();
            for (String candidate : fallback.equals(iri) ? List.of(iri) : List.of(iri, fallback)) {
                Node node = NodeFactory.createURI(candidate);
                if (union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node)) {
                    return Optional.of(describe(union, node));
                }
            }
            return Optional.empty();
        });
    }

    private Description describe(Graph union, Node node) {
        Graph graph = newGraph();
        cbd(union, node, graph);
        Set<Node> linked = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
        });
        for (Node target : linked) {
            for (Node property : Labels.PROPERTIES) {
                union.find(target, property, Node.ANY).forEachRemaining(graph::add);
            }
        }

        Set<Triple> incoming = new LinkedHashSet<>();
        long total = 0;
        var it = union.find(Node.ANY, Node.ANY, node);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (incoming.size() < INCOMING_SORTED) {
                    if (incoming.add(t)) {
                        total++;
                    }
                } else {
                    total++;
                }
            }
        } finally {
            it.close();
        }
        List<Triple> first = incoming.stream()
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                        .thenComparing(t -> t.getSubject().toString()))
                .limit(INCOMING_LIMIT).toList();

        Map<Node, String> names = new HashMap<>();
        Set<Node> shown = new HashSet<>(linked);
        shown.add(node);
        graph.find().forEachRemaining(t -> shown.add(t.getPredicate()));
        first.forEach(t -> {
            shown.add(t.getSubject());
            shown.add(t.getPredicate());
        });
        for (Node n : shown) {
            Labels.best(union, n).ifPresent(label -> names.put(n, label));
        }
        return new Description(node, graph, first, total, names);
    }

    /** The Concise Bounded Description: the node's triples, and those of every blank node reached. */
    private static void cbd(Graph source, Node start, Graph into) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            source.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                into.add(t);
                if (t.getObject().isBlank() && seen.add(t.getObject())) {
                    todo.push(t.getObject());
                }
            });
        }
    }

    /** The ontology graph, whole: every {@code yf:} term is a hash IRI of this one document. */
    Description ontology() {
        return store.read(() -> document(NodeFactory.createURI(LodIris.ONTOLOGY),
                store.graph(ONTOLOGY_GRAPH), store.union()));
    }

    /** The SHACL shapes ({@code ontology/shapes/*.ttl}), which are files rather than store content. */
    Description shapes() {
        Graph graph = shapesGraph();
        return store.read(() -> document(NodeFactory.createURI(LodIris.SHAPES), graph, store.union()));
    }

    /** A description that is a whole document built elsewhere (VoID); names from it and from the store. */
    Description document(Node iri, Graph content) {
        return store.read(() -> document(iri, content, store.union()));
    }

    /** A description that is a whole document; names come from the document and the store. */
    private Description document(Node iri, Graph content, Graph names) {
        Graph copy = newGraph();
        content.find().forEachRemaining(copy::add);
        Map<Node, String> labels = new HashMap<>();
        copy.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && !labels.containsKey(n)) {
                    Labels.best(copy, n).or(() -> Labels.best(names, n)).ifPresent(l -> labels.put(n, l));
                }
            }
        });
        return new Description(iri, copy, List.of(), 0, labels);
    }

    private Graph shapesGraph() {
        Graph graph = shapes;
        if (graph == null) {
            graph = newGraph();
            for (var file : DataFiles.list(SHAPES_FILES)) {
                try {
                    RDFParser.source(new ByteArrayInputStream(file.getContentAsByteArray())).lang(Lang.TURTLE).parse(graph);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            describeShapesDocument(graph);
            shapes = graph;
        }
        return graph;
    }

    /** What {@code https://w3id.org/yifa/shapes} is: the shapes files say nothing about the document they make up. */
    private static void describeShapesDocument(Graph graph) {
        Node doc = NodeFactory.createURI(LodIris.SHAPES);
        String rdfs = "http://www.w3.org/2000/01/rdf-schema#";
        String dcterms = "http://purl.org/dc/terms/";
        String vann = "http://purl.org/vocab/vann/";
        graph.add(doc, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/2002/07/owl#Ontology"));
        graph.add(doc, NodeFactory.createURI(rdfs + "label"), NodeFactory.createLiteralLang("依法 SHACL 形状", "zh"));
        graph.add(doc, NodeFactory.createURI(rdfs + "label"), NodeFactory.createLiteralLang("Yifa SHACL shapes", "en"));
        graph.add(doc, NodeFactory.createURI(dcterms + "description"), NodeFactory.createLiteralLang(
                "检查目标要求体系、佐证记录等数据的 SHACL 形状（文件 ontology/shapes/*.ttl）；上传的佐证记录须符合这些形状。", "zh"));
        graph.add(doc, NodeFactory.createURI(dcterms + "description"), NodeFactory.createLiteralLang(
                "SHACL shapes that check the framework, evidence records and other data (files ontology/shapes/*.ttl); "
                        + "uploaded evidence records must conform to them.", "en"));
        graph.add(doc, NodeFactory.createURI(rdfs + "seeAlso"), NodeFactory.createURI(LodIris.ONTOLOGY));
        graph.add(doc, NodeFactory.createURI(vann + "preferredNamespacePrefix"), NodeFactory.createLiteralString("yfs"));
        graph.add(doc, NodeFactory.createURI(vann + "preferredNamespaceUri"),
                NodeFactory.createLiteralString(LodIris.SHAPES + "#"));
    }

    Graph newGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(context.prefixes());
        return graph;
    }
}
