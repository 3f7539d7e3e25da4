package org.yifa.lod;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;

/**
 * The named graphs of the store, which of them are published, and writing them out as a stream.
 *
 * <p>Public (in the dumps and VoID): the ontology, every framework, laws, links, criteria, the
 * materialised inferences and the demo city. Not public: a unit's uploaded evidence
 * ({@code graph/evidence/…}) and its assessment rounds ({@code graph/assessment/…}), which belong to
 * that unit, and the loader's bookkeeping ({@code graph/meta}).
 */
@Component
class StoreGraphs {

    /** The graphs merged into {@code yifa.ttl} and {@code yifa.jsonld}: the reference data without inferences. */
    static final List<String> CORE = List.of("ontology", "framework/", "laws", "links", "criteria");
    static final List<String> PUBLIC = List.of("ontology", "framework/", "laws", "links", "criteria", "inferred", "demo");

    private final Dataset dataset;
    private final JsonLdContext context;

    StoreGraphs(Dataset dataset, JsonLdContext context) {
        this.dataset = dataset;
        this.context = context;
    }

    static boolean isPublic(String graph) {
        return matches(graph, PUBLIC);
    }

    static boolean isCore(String graph) {
        return matches(graph, CORE);
    }

    private static boolean matches(String graph, List<String> names) {
        if (!graph.startsWith(Yf.GRAPH)) {
            return false;
        }
        String name = graph.substring(Yf.GRAPH.length());
        return names.stream().anyMatch(n -> n.endsWith("/") ? name.startsWith(n) && name.length() > n.length() : name.equals(n));
    }

    Dataset dataset() {
        return dataset;
    }

    /** Every named graph in the store, by IRI; call inside a read transaction. */
    List<Node> all() {
        List<Node> graphs = new ArrayList<>();
        dataset.asDatasetGraph().listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::getURI));
        return graphs;
    }

    /** The public graphs present in the store, in IRI order; call inside a read transaction. */
    List<Node> published() {
        return all().stream().filter(g -> isPublic(g.getURI())).toList();
    }

    /** The graphs merged into the Turtle and JSON-LD dumps; call inside a read transaction. */
    List<Node> core() {
        return all().stream().filter(g -> isCore(g.getURI())).toList();
    }

    boolean exists(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(NodeFactory.createURI(graph)));
    }

    /**
     * Visits the distinct triples of the merge of {@code graphs}: a triple already in an earlier
     * graph is skipped, so nothing is held in memory. Call inside a read transaction.
     */
    void forEachMerged(List<Node> graphs, Consumer<Triple> action) {
        var dsg = dataset.asDatasetGraph();
        for (int i = 0; i < graphs.size(); i++) {
            Set<Node> earlier = new HashSet<>(graphs.subList(0, i));
            Iterator<Quad> quads = dsg.find(graphs.get(i), Node.ANY, Node.ANY, Node.ANY);
            try {
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (earlier.isEmpty() || !inAny(earlier, q)) {
                        action.accept(q.asTriple());
                    }
                }
            } finally {
                Iter.close(quads);
            }
        }
    }

    /** Whether the triple of {@code q} is also in one of {@code graphs}: one index lookup over all graphs. */
    private boolean inAny(Set<Node> graphs, Quad q) {
        Iterator<Quad> same = dataset.asDatasetGraph().find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        try {
            while (same.hasNext()) {
                if (graphs.contains(same.next().getGraph())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(same);
        }
    }

    /** Writes one named graph in a streaming format, inside its own read transaction. */
    void write(String graph, RdfFormat format, String contextUrl, OutputStream out) {
        Node name = NodeFactory.createURI(graph);
        Txn.executeRead(dataset, () -> {
            Graph content = dataset.asDatasetGraph().getGraph(name);
            switch (format) {
                case TURTLE -> stream(out, RDFFormat.TURTLE_BLOCKS, s -> content.find().forEachRemaining(s::triple));
                case N_TRIPLES -> stream(out, RDFFormat.NTRIPLES, s -> content.find().forEachRemaining(s::triple));
                case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, s -> content.find().forEachRemaining(t -> s.quad(Quad.create(name, t))));
                case N_QUADS -> stream(out, RDFFormat.NQUADS, s -> content.find().forEachRemaining(t -> s.quad(Quad.create(name, t))));
                case RDF_XML -> RDFWriter.source(copy(content)).format(RDFFormat.RDFXML_PLAIN).output(out);
                case JSON_LD -> {
                    try (JsonLdStream json = context.stream(contextUrl, out)) {
                        content.find().forEachRemaining(json::triple);
                    }
                }
                default -> throw new IllegalArgumentException(format + " is not an RDF format");
            }
        });
    }

    /** Starts a writer, declares the context's prefixes, lets {@code body} send, finishes. */
    void stream(OutputStream out, RDFFormat format, Consumer<StreamRDF> body) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        context.prefixes().getNsPrefixMap().forEach(writer::prefix);
        body.accept(writer);
        writer.finish();
    }

    private Graph copy(Graph content) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(context.prefixes());
        content.find().forEachRemaining(copy::add);
        return copy;
    }

    /** Size, subjects and classes of a named graph, for its web page. */
    GraphSummary summary(String graph) {
        Node name = NodeFactory.createURI(graph);
        return Txn.calculateRead(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            Graph content = dsg.getGraph(name);
            long triples = 0;
            Set<Node> subjects = new HashSet<>();
            Map<Node, Long> classes = new LinkedHashMap<>();
            var it = content.find();
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    triples++;
                    subjects.add(t.getSubject());
                    if (t.getPredicate().equals(RDF.type.asNode())) {
                        classes.merge(t.getObject(), 1L, Long::sum);
                    }
                }
            } finally {
                it.close();
            }
            Map<Node, Long> sorted = new LinkedHashMap<>();
            classes.entrySet().stream()
                    .sorted(Map.Entry.<Node, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            Graph about = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find(name, Node.ANY, Node.ANY).forEachRemaining(about::add);
            Graph union = dsg.getUnionGraph();
            Map<Node, String> names = new LinkedHashMap<>();
            for (Node n : sorted.keySet()) {
                Labels.best(union, n).ifPresent(l -> names.put(n, l));
            }
            about.find().forEachRemaining(t -> Labels.best(union, t.getPredicate()).ifPresent(l -> names.put(t.getPredicate(), l)));
            return new GraphSummary(name, triples, subjects.size(), sorted, about, names, isPublic(graph));
        });
    }
}
