package org.yifa.store.remote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yifa.rdf.Yf;
import org.yifa.store.load.StoreLoader;
import org.yifa.store.load.InternalQueries;

/**
 * Loading a graph into a remote store: in batches of {@code yifa.store.batch-size} triples, each one
 * INSERT DATA into the staging graph {@code <graph>.loading}; the meta graph records, in the same
 * request as each batch, the fingerprint being staged ({@code yf:sha256}) and how many batches are in
 * ({@code dcterms:extent}), so a load that was cut off continues where it stopped. One last request
 * drops the graph, moves the staging graph in its place and records the graph's fingerprint.
 *
 * <p>Batches are the same on every run for the same input: triples in a fixed order, and the triples
 * of blank nodes that are connected kept in one batch (an insert makes fresh blank nodes per request).
 */
final class RemoteLoad {

    static final String STAGING_SUFFIX = ".loading";

    private static final Logger log = LoggerFactory.getLogger(RemoteLoad.class);
    private static final Node META = NodeFactory.createURI(StoreLoader.META_GRAPH);
    private static final Node SHA256 = Yf.sha256.asNode();
    private static final Node EXTENT = DCTerms.extent.asNode();

    private final RemoteStore store;
    private final int batchSize;
    private final Query staging = InternalQueries.load("store-staging");

    RemoteLoad(RemoteStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    /** What a load did: batches in all, and those a previous run had already staged. */
    record Report(int batches, int resumedAt, long triples) {
    }

    Report load(String graphIri, Graph content, String fingerprint) {
        return load(graphIri, content, fingerprint, Integer.MAX_VALUE);
    }

    /** Loads {@code content}; {@code maxBatches} below the number of batches stops after staging that many (tests). */
    Report load(String graphIri, Graph content, String fingerprint, int maxBatches) {
        return store.exclusively(() -> {
            long start = System.nanoTime();
            Node graph = NodeFactory.createURI(graphIri);
            Node stage = NodeFactory.createURI(graphIri + STAGING_SUFFIX);
            List<List<Triple>> batches = batches(content, batchSize);
            int done = staged(stage, fingerprint);
            if (done < 0 || done > batches.size()) {
                store.update(restart(stage, fingerprint), false);
                done = 0;
            } else if (done > 0) {
                log.info("Resuming the load of {} at batch {} of {}", graphIri, done + 1, batches.size());
            }
            int resumedAt = done;
            long triples = 0;
            for (int i = 0; i < done; i++) {
                triples += batches.get(i).size();
            }
            long sent = 0;
            for (int i = done; i < batches.size() && i < maxBatches; i++) {
                store.update(batch(stage, batches.get(i), i + 1), true);
                triples += batches.get(i).size();
                sent += batches.get(i).size();
                double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                log.info("Loading {}: batch {}/{}, {}/{} triples, {} triples/s", graphIri, i + 1, batches.size(),
                        triples, content.size(), Math.round(sent / seconds));
            }
            if (maxBatches < batches.size()) {
                return new Report(batches.size(), resumedAt, triples);
            }
            store.update(swap(graph, stage, fingerprint), true);
            log.info("Loaded {} into the remote store: {} triples in {} batches ({} staged before) in {} ms",
                    graphIri, content.size(), batches.size(), resumedAt, (System.nanoTime() - start) / 1_000_000);
            return new Report(batches.size(), resumedAt, triples);
        });
    }

    /** Batches already in the staging graph for this fingerprint; -1 when it holds another input or nothing. */
    private int staged(Node stage, String fingerprint) {
        List<Binding> rows = store.select(staging, BindingFactory.binding(Var.alloc("staging"), stage)).rows();
        if (rows.size() != 1 || !rows.get(0).get("sha256").getLiteralLexicalForm().equals(fingerprint)) {
            return -1;
        }
        return Integer.parseInt(rows.get(0).get("batches").getLiteralLexicalForm());
    }

    private static UpdateRequest restart(Node stage, String fingerprint) {
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(stage, true));
        request.add(forget(stage, Node.ANY));
        QuadDataAcc data = new QuadDataAcc();
        data.addQuad(Quad.create(META, stage, SHA256, NodeFactory.createLiteralString(fingerprint)));
        data.addQuad(Quad.create(META, stage, EXTENT, count(0)));
        request.add(new UpdateDataInsert(data));
        return request;
    }

    /** The batch's count is recorded last: a store that keeps the first operations of a failed request (Virtuoso) has none. */
    private static WriteRequest batch(Node stage, List<Triple> triples, int number) {
        WriteRequest request = new WriteRequest().first(text(forget(stage, EXTENT)));
        triples.forEach(t -> request.add(stage, t));
        QuadDataAcc extent = new QuadDataAcc();
        extent.addQuad(Quad.create(META, stage, EXTENT, count(number)));
        return request.then(text(new UpdateDataInsert(extent)));
    }

    private static String text(org.apache.jena.update.Update operation) {
        return new UpdateRequest(operation).toString().strip();
    }

    private static UpdateRequest swap(Node graph, Node stage, String fingerprint) {
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(graph, true));
        request.add(new UpdateMove(Target.create(stage), Target.create(graph), true));
        request.add(forget(stage, Node.ANY));
        request.add(forget(graph, SHA256));
        QuadDataAcc data = new QuadDataAcc();
        data.addQuad(Quad.create(META, graph, SHA256, NodeFactory.createLiteralString(fingerprint)));
        request.add(new UpdateDataInsert(data));
        return request;
    }

    /** DELETE WHERE { GRAPH meta { subject predicate ?o } }; {@code Node.ANY} as predicate: every predicate. */
    private static UpdateDeleteWhere forget(Node subject, Node predicate) {
        QuadAcc pattern = new QuadAcc();
        pattern.addQuad(Quad.create(META, subject, predicate == Node.ANY ? Var.alloc("p") : predicate, Var.alloc("o")));
        return new UpdateDeleteWhere(pattern);
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * The triples in batches of about {@code size}: triples without blank nodes in N-Triples order, then
     * the groups of triples joined by blank nodes, each group whole, ordered by their text with the blank
     * nodes left out (groups that tie are alike, so which goes first does not matter).
     */
    static List<List<Triple>> batches(Graph content, int size) {
        List<Triple> plain = new ArrayList<>();
        Map<Node, Node> parent = new HashMap<>();
        List<Triple> blank = new ArrayList<>();
        content.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                plain.add(t);
                return;
            }
            blank.add(t);
            if (t.getSubject().isBlank() && t.getObject().isBlank()) {
                union(parent, t.getSubject(), t.getObject());
            }
        });
        plain.sort(Comparator.comparing(RemoteLoad::key));
        Map<Node, List<Triple>> groups = new HashMap<>();
        for (Triple t : blank) {
            Node b = t.getSubject().isBlank() ? t.getSubject() : t.getObject();
            groups.computeIfAbsent(root(parent, b), k -> new ArrayList<>()).add(t);
        }
        List<Map.Entry<String, List<Triple>>> ordered = new ArrayList<>();
        for (List<Triple> group : groups.values()) {
            List<String> keys = new ArrayList<>(group.stream().map(RemoteLoad::anonymousKey).toList());
            keys.sort(null);
            ordered.add(Map.entry(String.join("\n", keys), group));
        }
        ordered.sort(Map.Entry.comparingByKey());

        List<List<Triple>> batches = new ArrayList<>();
        List<Triple> current = new ArrayList<>();
        for (Triple t : plain) {
            if (current.size() >= size) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
        }
        for (Map.Entry<String, List<Triple>> group : ordered) {
            if (!current.isEmpty() && current.size() + group.getValue().size() > size) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group.getValue());
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static String key(Triple t) {
        return FmtUtils.stringForTriple(t, (org.apache.jena.shared.PrefixMapping) null);
    }

    private static String anonymousKey(Triple t) {
        return (t.getSubject().isBlank() ? "_" : FmtUtils.stringForNode(t.getSubject(), (org.apache.jena.shared.PrefixMapping) null))
                + " " + FmtUtils.stringForNode(t.getPredicate(), (org.apache.jena.shared.PrefixMapping) null)
                + " " + (t.getObject().isBlank() ? "_" : FmtUtils.stringForNode(t.getObject(), (org.apache.jena.shared.PrefixMapping) null));
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        Node p = parent.getOrDefault(n, n);
        if (p.equals(n)) {
            return n;
        }
        Node r = root(parent, p);
        parent.put(n, r);
        return r;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        Node ra = root(parent, a);
        Node rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
