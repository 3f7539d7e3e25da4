package org.yifa.store;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Every read and write of the service's RDF store goes through here. Two implementations, chosen by
 * {@code yifa.store.mode}: the embedded TDB2 store with its text index and read-only Fuseki
 * ({@code embedded}, the default), or an external SPARQL 1.1 store reached through RDF4J ({@code remote}).
 *
 * <p>Queries read the union of Yifa's named graphs as their default graph (a remote store names them when its
 * own default graph is something else). A remote store that cannot be reached in
 * {@code yifa.store.remote-timeout} throws {@link StoreUnavailableException}, answered with 503. What only
 * some stores offer is declared as a {@link Capability}; the loader's bookkeeping is {@link GraphLoading}.
 */
public interface Store {

    /** Whether this store offers {@code capability}; callers ask this, never which store they have. */
    boolean supports(Capability capability);

    /** Throws {@link CapabilityMissingException} (answered 501) unless this store offers {@code capability}. */
    default void require(Capability capability) {
        if (!supports(capability)) {
            throw new CapabilityMissingException(capability);
        }
    }

    /**
     * Runs {@code work} as one consistent read: one read transaction on the embedded store. A remote store
     * offers no transaction across requests, so there each query sees the store as it is when it runs.
     */
    <T> T read(Supplier<T> work);

    /**
     * The store's data version: it advances with every committed write, whoever writes (the loader, an
     * upload, a restore, the engine's own rounds), so what was read at one version stays valid exactly
     * as long as the version stands still. Inside {@link #read}, the version that read sees. -1 when the
     * store cannot tell (a remote store): then nothing read may be kept.
     */
    long dataVersion();

    /**
     * A {@link #read} that may take long, such as building a graph at start-up: on a remote store its
     * queries wait as long as bulk writes do rather than {@code yifa.store.remote-timeout}.
     */
    default <T> T readAtLength(Supplier<T> work) {
        return read(work);
    }

    /**
     * One atomic write: everything {@code work} asks of {@link Changes} commits together or not at all
     * (embedded: one write transaction; remote: one SPARQL Update request). Writers are serialised, and
     * reads inside {@code work} see the store as the write will find it.
     */
    void write(Consumer<Changes> work);

    /**
     * Frees the disk space that earlier versions of the data take ({@link Capability#COMPACTION}): the data is
     * copied to a new storage area, which takes over, and the old one is deleted. Readers go on meanwhile;
     * writers wait until it is done. Nothing changes that a query can see, and the data version goes on.
     *
     * @throws CapabilityMissingException when this store has nothing to compact (a remote store compacts itself)
     */
    default Compacted compact() {
        throw new CapabilityMissingException(Capability.COMPACTION);
    }

    /** What a compaction did: the store directory's size before and after, in bytes, and how long it took. */
    record Compacted(long bytesBefore, long bytesAfter, long millis) {
    }

    /** Runs a SELECT query, variables replaced by the terms of {@code substitution}; the rows are copied. */
    Table select(Query query, Binding substitution);

    /** Runs a CONSTRUCT (or DESCRIBE) query, variables replaced by the terms of {@code substitution}. */
    Graph construct(Query query, Binding substitution);

    /**
     * Runs a user's query for the SPARQL protocol: over {@code dataset} (named graphs of the store) when
     * given, else the store; cancelled after {@code timeout}. Every kind of query is answered completely.
     */
    Answer execute(Query query, DatasetDescription dataset, Duration timeout);

    /**
     * As {@link #execute}, a SELECT's rows handed to {@code sink} as the query yields them (the embedded
     * store: inside the read, never held in memory whole); other answers whole. A remote store reads first.
     */
    default void execute(Query query, DatasetDescription dataset, Duration timeout, AnswerSink sink) {
        Answer answer = execute(query, dataset, timeout);
        if (answer.table() != null) {
            sink.rows(answer.table().vars(), answer.table().rows().iterator());
        } else {
            sink.whole(answer);
        }
    }

    /** Takes the answer of {@link #execute(Query, DatasetDescription, Duration, AnswerSink)}. */
    interface AnswerSink {
        /** A SELECT's variables and rows; the iterator is valid only during this call. */
        void rows(List<org.apache.jena.sparql.core.Var> vars, java.util.Iterator<Binding> rows);

        /** An ASK's boolean or a graph. */
        void whole(Answer answer);
    }

    // The raw Jena views below stay because graph builders (GraphSource#build), pattern lookups of the
    // engine and the backup walk whole graphs through Jena's API; a remote store serves them from copies.

    /**
     * A read view of the store as a Jena dataset, for {@code GraphSource#build}: the TDB2 dataset itself
     * (use inside {@link #read}), or for a remote store named graphs fetched whole on first use.
     */
    Dataset view();

    /** The union of Yifa's named graphs, read-only, for lookups by pattern; use inside {@link #read}. */
    Graph union();

    /** One named graph, read-only (empty if absent); use inside {@link #read}. */
    Graph graph(String iri);

    /** The IRIs of the named graphs in the store, sorted. */
    List<String> graphs();

    /**
     * A dataset holding (at least) the named graphs {@code graphs}, read-only, to walk through whole: the
     * TDB2 dataset itself (use inside {@link #read}), or for a remote store a copy of those graphs in memory.
     */
    DatasetGraph dataset(List<String> graphs);

    /** Visits every quad of every named graph (a backup); use inside {@link #read}. */
    void forEachQuad(Consumer<Quad> action);

    /** A table of query results: the variables in order and the rows, read completely. */
    record Table(List<org.apache.jena.sparql.core.Var> vars, List<Binding> rows) {
    }

    /** The answer to a user's query: a table, a boolean, or a graph. */
    record Answer(Table table, Boolean ask, Graph graph) {
    }
}
