package org.yifa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yifa.rdf.Yf;

/**
 * The Lucene text index over the store (jena-text). Wrapping the TDB2 dataset makes every write
 * through it (graph loads, rebuilds) update the index in the same transaction. One Lucene document per
 * indexed triple; each carries a uid (a hash of graph, subject, field, value and language), which is
 * what lets jena-text delete the document again when the triple is removed, e.g. when the loader
 * replaces a graph. Without a uid field jena-text silently keeps deleted triples in the index.
 */
public final class TextIndexing {

    /** Lucene field → the predicate indexed in it; one field per predicate keeps each uid unique. */
    public static final Map<String, String> FIELDS;

    static {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", Yf.text.getURI());                                      // items, provisions
        fields.put("title", "http://purl.org/dc/terms/title");                   // areas, goals
        fields.put("eliTitle", "http://data.europa.eu/eli/ontology#title");      // laws, chapter headings
        fields.put("obligation", Yf.obligation.getURI());                           // criteria
        FIELDS = java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * The graphs whose texts search offers: the checklist, the laws, the legal links, the criteria and
     * the ontology. Evidence, assessment rounds, the audit and the demo city are not indexed: search
     * never returns them, and a city's thousands of evidence titles would crowd the real hits out of
     * a query's top matches (and make every upload pay for Chinese word segmentation).
     */
    public static final List<String> INDEXED_GRAPHS = List.of("framework", "laws", "criteria", "links", "ontology");

    private static final Logger log = LoggerFactory.getLogger(TextIndexing.class);

    private TextIndexing() {
    }

    /**
     * The text-indexed view of {@code store}, with its index in {@code indexDir}. The index is first
     * brought in line with the store: rebuilt when it does not hold exactly one document per indexed
     * triple (a new or deleted index directory, or one left from another store).
     */
    public static Dataset wrap(Dataset store, Path indexDir) {
        TextIndexLucene index;
        try {
            Files.createDirectories(indexDir);
            index = (TextIndexLucene) TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), config());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index in " + indexDir, e);
        }
        reconcile(store.asDatasetGraph(), index);
        return TextDatasetFactory.create(store, index, true, new ReferenceGraphsOnly(index));
    }

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", "text", "graph",
                NodeFactory.createURI(FIELDS.get("text")));
        FIELDS.forEach((field, predicate) -> entities.set(field, NodeFactory.createURI(predicate)));
        entities.setUidField("uid");
        entities.setLangField("lang");
        // A loader may replace a graph between two queries: never answer from a cache.
        entities.setCacheQueries(false);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** The index behind a dataset made by {@link #wrap}. */
    public static TextIndexLucene index(Dataset dataset) {
        return (TextIndexLucene) text(dataset).getTextIndex();
    }

    /** The TDB2 dataset graph under the index, e.g. to release its directory. */
    public static DatasetGraph base(Dataset dataset) {
        return text(dataset).getWrapped();
    }

    /** Commits and closes the index (the store stays open). */
    public static void close(Dataset dataset) {
        index(dataset).close();
    }

    /** Number of live documents in the index. */
    public static int documents(Dataset dataset) {
        try (DirectoryReader reader = DirectoryReader.open(index(dataset).getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatasetGraphText text(Dataset dataset) {
        if (dataset.asDatasetGraph() instanceof DatasetGraphText text) {
            return text;
        }
        throw new IllegalArgumentException("Not a text-indexed dataset: " + dataset.asDatasetGraph().getClass());
    }

    private static void reconcile(DatasetGraph store, TextIndexLucene index) {
        long start = System.nanoTime();
        List<Entity> entities = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        Txn.executeRead(store, () -> {
            EntityDefinition def = index.getDocDef();
            for (String predicate : FIELDS.values()) {
                Node p = NodeFactory.createURI(predicate);
                store.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(quad -> {
                    Entity entity = indexed(quad.getGraph()) ? entity(def, quad) : null;
                    if (entity != null) {
                        entities.add(entity);
                        expected.add(uid(entity));
                    }
                });
            }
        });
        Set<String> indexed = new HashSet<>();
        int documents = uids(index, indexed);
        if (documents == expected.size() && indexed.equals(expected)) {
            log.info("Text index is current: {} documents", documents);
            return;
        }
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the text index", e);
        }
        entities.forEach(index::addEntity);
        index.commit();
        log.info("Rebuilt the text index: {} documents (had {}) in {} ms", entities.size(), documents,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Where to write the quads of {@code graph}: the text-indexing dataset {@code dsg} for an indexed graph,
     * else the store beneath it, in the same write transaction. jena-text looks every added quad up before
     * adding it (its monitor checks first), a lookup that a graph the index ignores need not pay for.
     */
    public static DatasetGraph writesOf(DatasetGraph dsg, Node graph) {
        return dsg instanceof DatasetGraphText text && !indexed(graph) ? text.getWrapped() : dsg;
    }

    /** Whether the graph is one of {@link #INDEXED_GRAPHS} or a graph under one (e.g. {@code …/graph/framework/x}). */
    public static boolean indexed(Node graph) {
        if (graph == null || !graph.isURI() || !graph.getURI().startsWith(Yf.GRAPH)) {
            return false;
        }
        String local = graph.getURI().substring(Yf.GRAPH.length());
        int slash = local.indexOf('/');
        return INDEXED_GRAPHS.contains(slash < 0 ? local : local.substring(0, slash));
    }

    /** jena-text's per-triple document producer, shown only the changes to the indexed graphs. */
    private static final class ReferenceGraphsOnly extends TextDocProducerTriples {

        ReferenceGraphsOnly(TextIndexLucene index) {
            super(index);
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (indexed(g)) {
                super.change(action, g, s, p, o);
            }
        }
    }

    private static Entity entity(EntityDefinition def, Quad quad) {
        if (!quad.getObject().isLiteral()) {
            return null;
        }
        return TextQueryFuncs.entityFromQuad(def, quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static String uid(Entity entity) {
        var field = entity.getMap().entrySet().iterator().next();
        return entity.getChecksum(field.getKey(), (String) field.getValue());
    }

    /** Collects the uids of the live documents; returns how many documents there are. */
    private static int uids(TextIndexLucene index, Set<String> into) {
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields fields = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        into.add(fields.document(doc).get("uid"));
                    }
                }
            }
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index", e);
        }
    }
}
