package org.yifa.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.yifa.rdf.Yf;
import org.yifa.store.Capability;
import org.yifa.store.CapabilityMissingException;
import org.yifa.store.Changes;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.store.load.StoreLoader;

/** The embedded TDB2 store (wrapped by the text index) that this JVM owns; see {@link EmbeddedStoreConfig}. */
public final class EmbeddedStore implements Store, GraphLoading {

    /**
     * The store's time limit ({@code yifa.store.query-timeout}, set on the dataset) is for clients'
     * queries; {@link #select} and {@link #construct} run the service's own (loading graphs,
     * assessing units), which must finish.
     */
    private static final String NO_LIMIT = "-1";

    private final Dataset dataset;

    public EmbeddedStore(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public boolean supports(Capability capability) {
        // EmbeddedStoreConfig wraps the TDB2 dataset in the text index; a bare dataset (a test's) has none.
        return switch (capability) {
            case TEXT_INDEX -> dataset.asDatasetGraph() instanceof DatasetGraphText;
            case COMPACTION -> tdb() != null;
        };
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
    }

    /**
     * Compacts with TDB2's own {@link DatabaseMgr#compact}, deleting the old storage area (Data-NNNN) once its
     * last reader is done. TDB2's new area takes over the transaction coordinator's data version, so what
     * readers keep stays valid; the text index lives beside the TDB2 areas and is not touched.
     */
    @Override
    public Compacted compact() {
        DatasetGraphSwitchable tdb = tdb();
        if (tdb == null) {
            throw new CapabilityMissingException(Capability.COMPACTION, "This store has no directory to compact: "
                    + "it is an in-memory TDB2 dataset.");
        }
        Path dir = tdb.getContainerPath();
        long started = System.nanoTime();
        long before = bytes(dir);
        DatabaseMgr.compact(tdb, true);
        // The storage compacted into has a node table of its own.
        NodeReadBuffer.install(tdb);
        return new Compacted(before, bytes(dir), (System.nanoTime() - started) / 1_000_000);
    }

    /** The TDB2 container under the text index (the level compaction switches), or null when it has no directory. */
    private DatasetGraphSwitchable tdb() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        return dsg instanceof DatasetGraphSwitchable container && container.hasContainerPath() ? container : null;
    }

    /** Bytes of the files under {@code dir}. */
    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the store directory " + dir, e);
        }
    }

    @Override
    public long dataVersion() {
        DatasetGraphTDB tdb = storage(dataset.asDatasetGraph());
        if (tdb == null) {
            return -1;
        }
        TransactionalSystem txns = tdb.getTxnSystem();
        return read(() -> txns.getThreadTransaction().getDataVersion());
    }

    /**
     * The TDB2 storage under the text index and TDB2's switchable container (whose {@code getWrapped()} is the
     * storage in use now), or null when {@code dsg} has none.
     */
    static DatasetGraphTDB storage(DatasetGraph dsg) {
        while (dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        return dsg instanceof DatasetGraphTDB tdb ? tdb : null;
    }

    @Override
    public void write(Consumer<Changes> work) {
        Txn.executeWrite(dataset, () -> work.accept(new Direct(dataset.asDatasetGraph())));
    }

    @Override
    public Table select(Query query, Binding substitution) {
        return read(() -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                    .set(ARQ.queryTimeout, NO_LIMIT).substitution(substitution).build()) {
                return copy(execution.execSelect());
            }
        });
    }

    @Override
    public Graph construct(Query query, Binding substitution) {
        return read(() -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                    .set(ARQ.queryTimeout, NO_LIMIT).substitution(substitution).build()) {
                return (query.isDescribeType() ? execution.execDescribe() : execution.execConstruct()).getGraph();
            }
        });
    }

    @Override
    public Answer execute(Query query, DatasetDescription description, Duration timeout) {
        Answer[] answer = new Answer[1];
        execute(query, description, timeout, new AnswerSink() {
            @Override
            public void rows(List<Var> vars, java.util.Iterator<Binding> rows) {
                List<Binding> copied = new ArrayList<>();
                rows.forEachRemaining(copied::add);
                answer[0] = new Answer(new Table(vars, copied), null, null);
            }

            @Override
            public void whole(Answer whole) {
                answer[0] = whole;
            }
        });
        return answer[0];
    }

    @Override
    public void execute(Query query, DatasetDescription description, Duration timeout, AnswerSink sink) {
        read(() -> {
            DatasetGraph store = dataset.asDatasetGraph();
            // The dataset of the request: named graphs of the store, merged into the default graph or named.
            DatasetGraph target = description == null ? store : DynamicDatasets.dynamicDataset(description, store, false);
            long millis = timeout.toMillis();
            try (QueryExecution execution = QueryExecution.create().query(query)
                    .dataset(target == store ? dataset : DatasetFactory.wrap(target))
                    .initialTimeout(millis, TimeUnit.MILLISECONDS).overallTimeout(millis, TimeUnit.MILLISECONDS)
                    .build()) {
                if (query.isSelectType()) {
                    ResultSet results = execution.execSelect();
                    List<Var> vars = Var.varList(results.getResultVars());
                    sink.rows(vars, new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return results.hasNext();
                        }

                        @Override
                        public Binding next() {
                            return copy(results.nextBinding(), vars);
                        }
                    });
                } else if (query.isAskType()) {
                    sink.whole(new Answer(null, execution.execAsk(), null));
                } else {
                    sink.whole(new Answer(null, null,
                            (query.isConstructType() ? execution.execConstruct() : execution.execDescribe()).getGraph()));
                }
                return null;
            }
        });
    }

    /** Copies each term: TDB2 resolves them lazily, and only inside the transaction. */
    private static Table copy(ResultSet results) {
        List<Var> vars = Var.varList(results.getResultVars());
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(copy(results.nextBinding(), vars));
        }
        return new Table(vars, rows);
    }

    /** The row's terms of {@code vars}: asked by name, as listing a projected row's variables costs more than its terms. */
    private static Binding copy(Binding row, List<Var> vars) {
        BindingBuilder copy = Binding.builder();
        for (Var var : vars) {
            Node term = row.get(var);
            if (term != null) {
                copy.add(var, term);
            }
        }
        return copy.build();
    }

    @Override
    public Map<String, String> fingerprints() {
        Map<String, String> all = new TreeMap<>();
        read(() -> {
            dataset.asDatasetGraph()
                    .find(NodeFactory.createURI(StoreLoader.META_GRAPH), Node.ANY, Yf.sha256.asNode(), Node.ANY)
                    .forEachRemaining(q -> all.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            return null;
        });
        return all;
    }

    @Override
    public void load(String graphIri, Graph content, String fingerprint) {
        load(graphIri, sink -> content.find().forEachRemaining(sink), fingerprint);
    }

    @Override
    public void load(String graphIri, Consumer<Consumer<Triple>> content, String fingerprint) {
        Node graph = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = TextIndexing.writesOf(dataset.asDatasetGraph(), graph);
            dsg.removeGraph(graph);
            content.accept(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            Node meta = NodeFactory.createURI(StoreLoader.META_GRAPH);
            DatasetGraph all = dataset.asDatasetGraph();
            all.deleteAny(meta, graph, Yf.sha256.asNode(), Node.ANY);
            all.add(meta, graph, Yf.sha256.asNode(), NodeFactory.createLiteralString(fingerprint));
        });
    }

    @Override
    public Dataset view() {
        return dataset;
    }

    @Override
    public Graph union() {
        return dataset.asDatasetGraph().getUnionGraph();
    }

    @Override
    public Graph graph(String iri) {
        return dataset.asDatasetGraph().getGraph(NodeFactory.createURI(iri));
    }

    @Override
    public List<String> graphs() {
        return read(() -> {
            List<String> graphs = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            graphs.sort(null);
            return graphs;
        });
    }

    @Override
    public DatasetGraph dataset(List<String> graphs) {
        return dataset.asDatasetGraph();
    }

    @Override
    public void forEachQuad(Consumer<Quad> action) {
        dataset.asDatasetGraph().find().forEachRemaining(action);
    }

    /** Changes applied at once, inside the write transaction. */
    private record Direct(DatasetGraph dsg) implements Changes {

        @Override
        public void add(String graph, Graph content) {
            Node g = NodeFactory.createURI(graph);
            DatasetGraph to = TextIndexing.writesOf(dsg, g);
            content.find().forEachRemaining(t -> to.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void add(Collection<Quad> quads) {
            quads.forEach(q -> TextIndexing.writesOf(dsg, q.getGraph()).add(q));
        }

        /**
         * Writes only the difference: a graph rewritten with a small change (an assessment round after
         * one upload) keeps nearly all its triples, and every quad written costs six index updates.
         */
        @Override
        public void replaceGraph(String graph, Graph content) {
            Node g = NodeFactory.createURI(graph);
            DatasetGraph dsg = TextIndexing.writesOf(this.dsg, g);
            Graph existing = dsg.getGraph(g);
            if (existing.isEmpty()) {
                dsg.addGraph(g, content);
                return;
            }
            // One scan of the stored graph, not one index lookup per new triple.
            Set<Triple> had = existing.find().toSet();
            had.stream().filter(t -> !content.contains(t))
                    .forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
            content.find().filterDrop(had::contains)
                    .forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void removeGraph(String graph) {
            dsg.removeGraph(NodeFactory.createURI(graph));
        }

        @Override
        public void removeAllGraphs() {
            // Graph by graph rather than clear(): the text index follows removeGraph, not clear.
            Iter.toList(dsg.listGraphNodes()).forEach(dsg::removeGraph);
        }
    }
}
