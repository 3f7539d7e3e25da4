package org.yifa.store.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.yifa.store.Capability;
import org.yifa.store.Changes;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.store.StoreProperties;
import org.yifa.store.StoreRefusedException;
import org.yifa.store.StoreUnavailableException;
import org.yifa.store.load.InternalQueries;

/**
 * An external SPARQL 1.1 store (Fuseki, GraphDB, Neptune, Virtuoso …) reached through RDF4J's
 * {@code SPARQLRepository} on {@code yifa.store.query-url} and {@code yifa.store.update-url}.
 *
 * <p>Parameters are bound in the query's syntax tree, as on the embedded store (Jena's
 * {@code QueryTransformOps.replaceVars}), and the query is sent as SPARQL text that Jena serialises:
 * RDF4J's own {@code setBinding} on a SPARQL endpoint replaces {@code ?name} by a regular expression in
 * the query text, which also hits strings, comments and {@code AS ?name}. Every write is one SPARQL
 * Update request, which stores such as Fuseki and GraphDB run in one transaction. Where the store's default
 * graph does not hold Yifa's named graphs, queries read Jena's union graph (a stock Fuseki) or name the graphs they
 * read (any other store): {@link GraphAccess}, {@link #access()}.
 */
public final class RemoteStore implements Store, GraphLoading, AutoCloseable {

    private static final SimpleValueFactory VALUES = SimpleValueFactory.getInstance();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemoteStore.class);

    private final StoreProperties properties;
    private final RemoteEndpoint endpoint;
    private final RemoteEndpoint bulk;
    private final Map<Duration, RemoteEndpoint> byTimeout = new java.util.concurrent.ConcurrentHashMap<>();
    private final ReentrantLock writer = new ReentrantLock(true);
    /** Set while this thread reads at length ({@link #readAtLength}): its queries get the bulk timeout. */
    private final ThreadLocal<Boolean> atLength = ThreadLocal.withInitial(() -> false);
    private final Query fingerprints = InternalQueries.load("store-fingerprints");
    private final Query graphList = InternalQueries.load("store-graphs");
    private final Query graphContent = InternalQueries.load("store-graph");
    final Query find = InternalQueries.load("store-find");
    final Query describe = InternalQueries.load("store-describe");
    private final Query sampleTriple = InternalQueries.load("store-sample-triple");
    private final Query inDefaultGraph = InternalQueries.load("store-in-default-graph");
    private final Query inUnionGraph = InternalQueries.load("store-in-union-graph");
    /** How queries reach Yifa's named graphs here; null until a graph of Yifa's exists to tell by. */
    private volatile GraphAccess access;
    private final RemoteLoad loads;

    public RemoteStore(StoreProperties properties) {
        if (properties.queryUrl() == null || properties.updateUrl() == null) {
            throw new IllegalStateException("yifa.store.mode=remote needs yifa.store.query-url and yifa.store.update-url");
        }
        this.properties = properties;
        this.endpoint = new RemoteEndpoint(properties, properties.remoteTimeout(), "yifa.store.remote-timeout");
        // Loading batches, swapping whole graphs and restoring take a while on the store's side.
        this.bulk = new RemoteEndpoint(properties, bulkTimeout(properties.remoteTimeout()),
                "the timeout of bulk writes, 6 × yifa.store.remote-timeout and at least 2 minutes");
        this.loads = new RemoteLoad(this, properties.batchSize());
    }

    /** Characters of a SPARQL Update request above which it waits as a bulk write: about a batch of 5,000 triples. */
    static final int LARGE_REQUEST_CHARS = 1_000_000;

    static Duration bulkTimeout(Duration remoteTimeout) {
        Duration six = remoteTimeout.multipliedBy(6);
        return six.compareTo(Duration.ofMinutes(2)) > 0 ? six : Duration.ofMinutes(2);
    }

    @Override
    public boolean supports(Capability capability) {
        // Plain SPARQL 1.1: no text index; the store manages its own disk (nothing for Yifa to compact).
        return false;
    }

    /** Another client may write at any time without this one knowing. */
    @Override
    public long dataVersion() {
        return -1;
    }

    /** No transaction spans requests: each query sees the store as it is when it runs. */
    @Override
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T readAtLength(Supplier<T> work) {
        boolean outer = atLength.get();
        atLength.set(true);
        try {
            return work.get();
        } finally {
            atLength.set(outer);
        }
    }

    private RemoteEndpoint reader() {
        return atLength.get() ? bulk : endpoint;
    }

    @Override
    public void write(Consumer<Changes> work) {
        writer.lock();
        try {
            Collected changes = new Collected();
            work.accept(changes);
            update(changes.request, changes.heavy || changes.request.quads() > properties.batchSize());
        } finally {
            writer.unlock();
        }
    }

    /** Sends one SPARQL Update request (nothing when it holds no operation). */
    void update(UpdateRequest request, boolean large) {
        if (!request.getOperations().isEmpty()) {
            update(request.toString(), large);
        }
    }

    void update(WriteRequest request, boolean large) {
        if (!request.isEmpty()) {
            update(request.text(), large);
        }
    }

    private void update(String text, boolean large) {
        try {
            // A request of a batch's size in text (a long literal, say) takes the store as long as a batch of triples.
            (large || text.length() > LARGE_REQUEST_CHARS ? bulk : endpoint).call(connection -> {
                connection.prepareUpdate(QueryLanguage.SPARQL, text).execute();
                return null;
            });
        } catch (StoreUnavailableException e) {
            if (timedOut(e)) {
                // The request reached the store: it may yet commit it.
                throw new StoreUnavailableException(e.getMessage()
                        + " (the write was sent: the store may or may not have applied it)", e);
            }
            throw e;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} as the only writer. */
    <T> T exclusively(Supplier<T> work) {
        writer.lock();
        try {
            return work.get();
        } finally {
            writer.unlock();
        }
    }

    @Override
    public Table select(Query query, Binding substitution) {
        return select(reader(), sent(query, substitution), null);
    }

    private static Table select(RemoteEndpoint on, String text, SimpleDataset dataset) {
        return on.call(connection -> {
            TupleQuery tuple = connection.prepareTupleQuery(QueryLanguage.SPARQL, text);
            if (dataset != null) {
                tuple.setDataset(dataset);
            }
            try (TupleQueryResult result = tuple.evaluate()) {
                return Rdf4jTerms.table(result);
            }
        });
    }

    @Override
    public Graph construct(Query query, Binding substitution) {
        return construct(reader(), sent(query, substitution), null);
    }

    private static Graph construct(RemoteEndpoint on, String text, SimpleDataset dataset) {
        return on.call(connection -> {
            GraphQuery graph = connection.prepareGraphQuery(QueryLanguage.SPARQL, text);
            if (dataset != null) {
                graph.setDataset(dataset);
            }
            try (GraphQueryResult result = graph.evaluate()) {
                return Rdf4jTerms.graph(result);
            }
        });
    }

    @Override
    public Answer execute(Query query, DatasetDescription description, Duration timeout) {
        // The protocol's default-graph-uri and named-graph-uri, passed on as such.
        SimpleDataset dataset = null;
        if (description != null) {
            dataset = new SimpleDataset();
            for (String g : description.getDefaultGraphURIs()) {
                dataset.addDefaultGraph(VALUES.createIRI(g));
            }
            for (String g : description.getNamedGraphURIs()) {
                dataset.addNamedGraph(VALUES.createIRI(g));
            }
        }
        RemoteEndpoint on = byTimeout.computeIfAbsent(timeout, t -> new RemoteEndpoint(properties, t, "yifa.sparql.timeout"));
        // Without a dataset of its own, a user's query reads Yifa's graphs, as on the embedded store.
        String text = (dataset == null ? access().apply(query) : query).serialize();
        if (query.isSelectType()) {
            return new Answer(select(on, text, dataset), null, null);
        }
        if (query.isAskType()) {
            SimpleDataset d = dataset;
            return new Answer(null, on.call(connection -> {
                var ask = connection.prepareBooleanQuery(QueryLanguage.SPARQL, text);
                if (d != null) {
                    ask.setDataset(d);
                }
                return ask.evaluate();
            }), null);
        }
        return new Answer(null, null, construct(on, text, dataset));
    }

    /** The query with its parameters replaced in the syntax tree. */
    static Query bound(Query query, Binding substitution) {
        if (substitution == null || substitution.isEmpty()) {
            return query;
        }
        Map<Var, Node> map = new java.util.HashMap<>();
        substitution.forEach(map::put);
        return QueryTransformOps.replaceVars(query, map);
    }

    /** The query as sent, as SPARQL text, to a store reached by {@code access}. */
    static String text(Query query, Binding substitution, GraphAccess access) {
        return PortableQuery.apply(access.apply(bound(query, substitution))).serialize();
    }

    /** The query as sent to this store. */
    private String sent(Query query, Binding substitution) {
        return text(query, substitution, access());
    }

    /**
     * How queries reach Yifa's graphs here, told once by a triple of Yifa's graphs, read-only: if the default graph
     * holds it, the default graph is taken for the union (Fuseki with a union default graph; Virtuoso, whose
     * default graph is the union of all its graphs, its system graphs too — their vocabulary is not Yifa's, and
     * VirtuosoTest compares every answer); else if {@code GRAPH <urn:x-arq:UnionGraph>} holds it, the store is a
     * Jena one that reads that union (a stock Fuseki); else queries name the graphs. Until a graph of Yifa's
     * exists, they name them.
     */
    GraphAccess access() {
        GraphAccess known = access;
        if (known == null) {
            known = tellAccess();
            access = known;
            if (known != null) {
                LOG.info(known.logged());
            }
        }
        return known == null ? GraphAccess.NAMED_GRAPHS : known;
    }

    private GraphAccess tellAccess() {
        List<Binding> sample = select(endpoint, sampleTriple.serialize(), null).rows();
        if (sample.isEmpty()) {
            return null;
        }
        if (ask(inDefaultGraph, sample.get(0))) {
            return GraphAccess.DEFAULT_GRAPH;
        }
        try {
            return ask(inUnionGraph, sample.get(0)) ? GraphAccess.JENA_UNION_GRAPH : GraphAccess.NAMED_GRAPHS;
        } catch (StoreRefusedException e) {
            // A store may refuse a graph it does not hold rather than find nothing there: it is not Jena either.
            return GraphAccess.NAMED_GRAPHS;
        }
    }

    private boolean ask(Query query, Binding substitution) {
        String text = bound(query, substitution).serialize();
        return endpoint.call(connection -> connection.prepareBooleanQuery(QueryLanguage.SPARQL, text).evaluate());
    }

    @Override
    public Map<String, String> fingerprints() {
        Map<String, String> all = new TreeMap<>();
        for (Binding row : select(fingerprints, BindingFactory.empty()).rows()) {
            all.put(row.get("graph").getURI(), row.get("sha256").getLiteralLexicalForm());
        }
        return all;
    }

    @Override
    public void load(String graph, Graph content, String fingerprint) {
        loads.load(graph, content, fingerprint);
    }

    RemoteLoad loads() {
        return loads;
    }

    /** No transaction spans requests here: the graph is collected in memory first, then loaded. */
    @Override
    public void load(String graph, Consumer<Consumer<Triple>> content, String fingerprint) {
        Graph collected = GraphFactory.createDefaultGraph();
        readAtLength(() -> {
            content.accept(collected::add);
            return null;
        });
        load(graph, collected, fingerprint);
    }

    @Override
    public Dataset view() {
        return DatasetFactory.wrap(new RemoteView(this));
    }

    @Override
    public Graph union() {
        return new RemoteGraph(this);
    }

    @Override
    public Graph graph(String iri) {
        return construct(bulk, bound(graphContent,
                BindingFactory.binding(Var.alloc("graph"), NodeFactory.createURI(iri))).serialize(), null);
    }

    @Override
    public List<String> graphs() {
        List<String> graphs = new ArrayList<>();
        for (Binding row : select(graphList, BindingFactory.empty()).rows()) {
            graphs.add(row.get("graph").getURI());
        }
        return graphs;
    }

    @Override
    public DatasetGraph dataset(List<String> graphs) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        for (String g : graphs) {
            copy.addGraph(NodeFactory.createURI(g), graph(g));
        }
        return copy;
    }

    /** Graph by graph: a remote store gives no snapshot across requests. */
    @Override
    public void forEachQuad(Consumer<Quad> action) {
        for (String g : graphs()) {
            Node name = NodeFactory.createURI(g);
            graph(g).find().forEachRemaining(t -> action.accept(Quad.create(name, t)));
        }
    }

    @Override
    public void close() throws Exception {
        endpoint.close();
        bulk.close();
        for (RemoteEndpoint e : byTimeout.values()) {
            e.close();
        }
    }

    /** Changes collected into one SPARQL Update request ({@link WriteRequest}). */
    private final class Collected implements Changes {

        final WriteRequest request = new WriteRequest();
        /** Whether the request drops every graph (a restore): the store takes its time over it. */
        boolean heavy;

        @Override
        public void add(String graph, Graph content) {
            Node g = NodeFactory.createURI(graph);
            content.find().forEachRemaining(t -> request.add(g, t));
        }

        @Override
        public void add(Collection<Quad> quads) {
            quads.forEach(request::add);
        }

        @Override
        public void replaceGraph(String graph, Graph content) {
            removeGraph(graph);
            add(graph, content);
        }

        @Override
        public void removeGraph(String graph) {
            request.drop(NodeFactory.createURI(graph));
        }

        @Override
        public void removeAllGraphs() {
            heavy = true;
            graphs().forEach(this::removeGraph);
        }
    }
}
