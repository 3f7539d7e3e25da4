package org.yifa.lod;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;
import org.yifa.store.DataFiles;
import org.yifa.store.Store;
import org.yifa.store.StoreProperties;

/**
 * The data dumps, written to files once per state of the public graphs and served from there:
 * they are regenerated when a public graph's fingerprint (or, for a graph the loader does not
 * own, its size) changes. Writing streams from the store; only the JSON-LD dump is compacted in
 * memory, as JSON-LD compaction needs the whole document.
 */
@Component
class Dumps {

    /** One downloadable file. */
    enum Dump {
        TURTLE("yifa.ttl", "text/turtle;charset=UTF-8",
                "本体、目标要求、法律、法律依据与评价标准，合并为一个图 — ontology, framework, laws, links and criteria merged into one graph"),
        N_QUADS("yifa.nq.gz", "application/gzip",
                "全部公开命名图（含推理结果与示例市），保留图名，gzip 压缩 — all public named graphs with their names (incl. inferences and the demo city), gzip"),
        JSON_LD("yifa.jsonld", "application/ld+json",
                "同 yifa.ttl，JSON-LD，以 /context.jsonld 压缩 — as yifa.ttl, JSON-LD compacted with /context.jsonld");

        final String file;
        final String contentType;
        final String description;

        Dump(String file, String contentType, String description) {
            this.file = file;
            this.contentType = contentType;
            this.description = description;
        }

        static java.util.Optional<Dump> named(String file) {
            return Stream.of(values()).filter(d -> d.file.equals(file)).findFirst();
        }
    }

    /** A written dump: where it is, how big, how many triples (quads for N-Quads). */
    record File(Dump dump, Path path, long bytes, long statements) {
    }

    /** The dumps and numbers of one state of the store. */
    record Snapshot(String key, Map<Dump, File> files, DatasetStats stats) {
    }

    private static final Logger log = LoggerFactory.getLogger(Dumps.class);
    private static final Node NATIONAL_DATABASE_PAGE = Yf.nationalDatabasePage.asNode();
    private static final Node FRAMEWORK = Yf.Framework.asNode();

    private final StoreGraphs graphs;
    private final JsonLdContext context;
    private final Path dir;
    private Snapshot current;

    Dumps(StoreGraphs graphs, JsonLdContext context, StoreProperties store,
          @Value("${yifa.downloads.dir:}") String dir) {
        this.graphs = graphs;
        this.context = context;
        Path storeDir = store.dir().toAbsolutePath().normalize();
        this.dir = dir.isBlank() ? storeDir.resolveSibling(storeDir.getFileName() + "-downloads") : Path.of(dir);
    }

    /** The dumps of the store as it is now, written first if the public graphs changed. */
    synchronized Snapshot current() {
        String key = key();
        if (current != null && current.key().equals(key)
                && current.files().values().stream().allMatch(f -> Files.isRegularFile(f.path()))) {
            return current;
        }
        long start = System.nanoTime();
        Snapshot previous = current;
        current = write(key);
        log.info("Wrote the dumps for state {} to {} in {} ms", key.substring(0, 12), dir,
                (System.nanoTime() - start) / 1_000_000);
        if (previous != null && !previous.key().equals(key)) {
            delete(previous.files().values().iterator().next().path().getParent());
        }
        return current;
    }

    /** Fingerprints of the public graphs as the loader recorded them; the size of any it did not load. */
    private String key() {
        Store store = graphs.store();
        return store.read(() -> {
            Map<String, String> fingerprints = store.fingerprints();
            StringBuilder all = new StringBuilder();
            for (Node g : graphs.published()) {
                all.append(g.getURI()).append(' ');
                String stored = fingerprints.get(g.getURI());
                all.append(stored != null ? stored : "size " + store.graph(g.getURI()).size());
                all.append('\n');
            }
            return DataFiles.sha256(all.toString().getBytes(StandardCharsets.UTF_8), context.bytes());
        });
    }

    private Snapshot write(String key) {
        Path target = dir.resolve(key.substring(0, 16));
        Path temp = dir.resolve("tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(temp);
            Map<Dump, File> files = new EnumMap<>(Dump.class);
            DatasetStats stats = graphs.store().read(() -> {
                List<Node> published = graphs.published();
                DatasetGraph source = graphs.source(published);
                files.put(Dump.TURTLE, turtle(source, temp.resolve(Dump.TURTLE.file)));
                files.put(Dump.N_QUADS, nquads(source, published, temp.resolve(Dump.N_QUADS.file)));
                files.put(Dump.JSON_LD, jsonld(source, temp.resolve(Dump.JSON_LD.file)));
                return stats(source, published, files.get(Dump.TURTLE).statements());
            });
            if (Files.exists(target)) {
                delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            Map<Dump, File> moved = new EnumMap<>(Dump.class);
            files.forEach((d, f) -> moved.put(d, new File(d, target.resolve(d.file), f.bytes(), f.statements())));
            return new Snapshot(key, moved, stats);
        } catch (IOException e) {
            delete(temp);
            throw new UncheckedIOException("Cannot write the dumps to " + dir, e);
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private File turtle(DatasetGraph source, Path path) {
        AtomicLong count = new AtomicLong();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            graphs.stream(out, RDFFormat.TURTLE_BLOCKS, writer -> graphs.forEachMerged(source, graphs.core(), t -> {
                writer.triple(t);
                count.incrementAndGet();
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(Dump.TURTLE, path, size(path), count.get());
    }

    private File nquads(DatasetGraph dsg, List<Node> published, Path path) {
        AtomicLong count = new AtomicLong();
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(path)), 1 << 16)) {
            graphs.stream(out, RDFFormat.NQUADS, writer -> {
                for (Node g : published) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        writer.quad(q);
                        count.incrementAndGet();
                    });
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(Dump.N_QUADS, path, size(path), count.get());
    }

    private File jsonld(DatasetGraph source, Path path) {
        AtomicLong count = new AtomicLong();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path));
             JsonLdStream json = context.stream(null, out)) {
            graphs.forEachMerged(source, graphs.core(), t -> {
                json.triple(t);
                count.incrementAndGet();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(Dump.JSON_LD, path, size(path), count.get());
    }

    /** One pass over the merged public graphs; call inside a read transaction. */
    private DatasetStats stats(DatasetGraph dsg, List<Node> published, long coreTriples) {
        Map<Node, Long> sizes = new LinkedHashMap<>();
        for (Node g : published) {
            sizes.put(g, (long) dsg.getGraph(g).size());
        }
        AtomicLong triples = new AtomicLong();
        AtomicLong links = new AtomicLong();
        Set<Node> entities = new HashSet<>();
        Set<Node> predicates = new HashSet<>();
        Map<Node, Long> classes = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Set<Node> frameworks = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        graphs.forEachMerged(dsg, published, t -> {
            triples.incrementAndGet();
            predicates.add(t.getPredicate());
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Yf.ID)) {
                entities.add(t.getSubject());
            }
            if (t.getPredicate().equals(RDF.type.asNode())) {
                classes.merge(t.getObject(), 1L, Long::sum);
                if (t.getObject().equals(FRAMEWORK)) {
                    frameworks.add(t.getSubject());
                }
            }
            if (t.getPredicate().equals(NATIONAL_DATABASE_PAGE)) {
                links.incrementAndGet();
            }
        });
        Set<String> vocabularies = new TreeSet<>();
        predicates.forEach(p -> vocabularies.add(vocabulary(p, dsg.getUnionGraph())));
        classes.keySet().stream().filter(Node::isURI).forEach(c -> vocabularies.add(vocabulary(c, dsg.getUnionGraph())));
        return new DatasetStats(sizes, triples.get(), coreTriples, entities.size(), classes, predicates.size(),
                vocabularies, links.get(), frameworks);
    }

    /**
     * The vocabulary a term belongs to: the ontology that declares the term's namespace as its
     * preferred one (vann), else the namespace without a trailing '#'.
     */
    private static String vocabulary(Node term, org.apache.jena.graph.Graph union) {
        String namespace = term.getNameSpace();
        var declaring = union.find(Node.ANY, NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespaceUri"),
                NodeFactory.createLiteralString(namespace)).toList();
        for (Triple t : declaring) {
            if (union.contains(t.getSubject(), RDF.type.asNode(), OWL.Ontology.asNode())) {
                return t.getSubject().getURI();
            }
        }
        return namespace.endsWith("#") ? namespace.substring(0, namespace.length() - 1) : namespace;
    }

    private static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("Cannot delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", path, e.getMessage());
        }
    }
}
