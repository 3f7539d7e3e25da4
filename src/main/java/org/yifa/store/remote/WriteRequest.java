package org.yifa.store.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One write as one SPARQL Update request: the graphs it drops, then what it adds in as few insert operations
 * as the store takes, one as a rule ({@link #inserts}). A store may apply a request's operations one by one
 * and keep the earlier ones when a later one fails (Virtuoso 7 does, tested in {@code VirtuosoTest}); one
 * operation it applies whole or not at all. Dropping a graph also forgets what the same write added to it
 * before, so the drops can all go first.
 */
final class WriteRequest {

    /**
     * Triples per {@code GRAPH} block of the insert: Virtuoso 7's SPARQL parser gives up on a block of about
     * 5,000 ("SP030 … memory exhausted"), while one operation of many blocks is fine.
     */
    static final int BLOCK = 1000;
    /** Most triples with blank nodes per insert template (see {@link #inserts}). */
    static final int TEMPLATE = 1000;

    private final Set<Node> drops = new LinkedHashSet<>();
    private final Map<Node, List<Triple>> adds = new LinkedHashMap<>();
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    private long quads;

    /** An operation sent first, as SPARQL text (e.g. a DELETE WHERE). */
    WriteRequest first(String operation) {
        before.add(operation);
        return this;
    }

    /** An operation sent last, as SPARQL text: it runs only when every insert before it did. */
    WriteRequest then(String operation) {
        after.add(operation);
        return this;
    }

    WriteRequest drop(Node graph) {
        List<Triple> forgotten = adds.remove(graph);
        if (forgotten != null) {
            quads -= forgotten.size();
        }
        drops.add(graph);
        return this;
    }

    WriteRequest add(Node graph, Triple triple) {
        adds.computeIfAbsent(graph, g -> new ArrayList<>()).add(triple);
        quads++;
        return this;
    }

    WriteRequest add(Quad quad) {
        return add(quad.getGraph(), quad.asTriple());
    }

    /** Quads to add. */
    long quads() {
        return quads;
    }

    boolean isEmpty() {
        return before.isEmpty() && drops.isEmpty() && adds.isEmpty() && after.isEmpty();
    }

    /** The request's text: the operations given first, the drops, the inserts, the operations given last. */
    String text() {
        List<String> operations = new ArrayList<>(before);
        drops.forEach(g -> operations.add("DROP SILENT GRAPH " + FmtUtils.stringForNode(g)));
        operations.addAll(inserts());
        operations.addAll(after);
        return String.join(" ;\n", operations) + "\n";
    }

    /**
     * One INSERT DATA, or with blank nodes one INSERT { … } WHERE {}, which SPARQL 1.1 gives the same meaning
     * (one solution, fresh blank nodes, a label naming one node across the template) and which stores that
     * refuse blank nodes in INSERT DATA (Virtuoso 7) accept. Virtuoso compiles a template into SQL of limited
     * length ("SP031 … exceeded 10000 lines", between 1,000 and 2,000 triples): past {@link #TEMPLATE} triples
     * those without blank nodes go in one INSERT DATA and the others in templates of about that size, each
     * group of connected blank nodes whole.
     */
    private List<String> inserts() {
        Map<Node, List<Triple>> plain = new LinkedHashMap<>();
        Map<Node, Graph> blank = new LinkedHashMap<>();
        adds.forEach((graph, triples) -> triples.forEach(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                blank.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(t);
            } else {
                plain.computeIfAbsent(graph, g -> new ArrayList<>()).add(t);
            }
        }));
        if (blank.isEmpty()) {
            return adds.isEmpty() ? List.of() : List.of(operation(adds, false));
        }
        if (quads <= TEMPLATE) {
            return List.of(operation(adds, true));
        }
        List<String> operations = new ArrayList<>();
        if (!plain.isEmpty()) {
            operations.add(operation(plain, false));
        }
        blank.forEach((graph, triples) -> {
            for (List<Triple> part : RemoteLoad.batches(triples, TEMPLATE)) {
                operations.add(operation(Map.of(graph, part), true));
            }
        });
        return operations;
    }

    private static String operation(Map<Node, List<Triple>> triples, boolean template) {
        // One context for the whole operation: a blank node gets the same label in every block.
        SerializationContext context = new SerializationContext();
        StringBuilder text = new StringBuilder(template ? "INSERT {\n" : "INSERT DATA {\n");
        triples.forEach((graph, list) -> {
            for (int from = 0; from < list.size(); from += BLOCK) {
                text.append("  GRAPH ").append(FmtUtils.stringForNode(graph, context)).append(" {\n");
                for (Triple t : list.subList(from, Math.min(list.size(), from + BLOCK))) {
                    text.append("    ").append(FmtUtils.stringForNode(t.getSubject(), context)).append(' ')
                            .append(FmtUtils.stringForNode(t.getPredicate(), context)).append(' ')
                            .append(FmtUtils.stringForNode(t.getObject(), context)).append(" .\n");
                }
                text.append("  }\n");
            }
        });
        return text.append(template ? "}\nWHERE {}" : "}").toString();
    }
}
