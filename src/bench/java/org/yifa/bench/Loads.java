package org.yifa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.yifa.store.load.GraphSource;
import org.yifa.store.load.StoreLoader;

/** Loading the city: through Yifa's own write path, and with Jena's TDB2 bulk loader for comparison. */
final class Loads {

    private Loads() {
    }

    /**
     * Yifa's write path for data: each file becomes a streaming {@link GraphSource} that the
     * {@link StoreLoader} parses straight into one write transaction, replacing its graph and recording
     * its fingerprint, through the text-indexed dataset — the way the demo city is loaded.
     *
     * @return milliseconds from the first parse to the last commit
     */
    static long yifa(StoreLoader loader, CityFiles.City city) {
        long start = System.nanoTime();
        for (int i = 0; i < city.files().size(); i++) {
            if (!loader.refresh(new CityChunk(city.graphs().get(i), city.files().get(i)))) {
                throw new IllegalStateException("The loader skipped " + city.files().get(i));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Jena's TDB2 basic bulk loader (what {@code tdb2.tdbloader --loader=basic} runs) on the same files,
     * into an empty TDB2 directory.
     *
     * @return milliseconds for the whole load, and the quads it counted
     */
    static long[] tdbLoader(CityFiles.City city, Path dir) {
        Bench.deleteTree(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            long start = System.nanoTime();
            DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(city.files().stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new long[] {(System.nanoTime() - start) / 1_000_000, loader.countQuads() + loader.countTriples()};
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** One file of the city as a graph source, parsed straight into the loader's write transaction. */
    record CityChunk(String graphIri, Path file) implements GraphSource.Streaming {

        @Override
        public String fingerprint() {
            try {
                return "bench " + file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void stream(Dataset store, Consumer<Triple> sink) {
            Node expected = NodeFactory.createURI(graphIri);
            RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (!quad.getGraph().equals(expected)) {
                        throw new IllegalStateException(file + " holds a quad of another graph: " + quad);
                    }
                    sink.accept(quad.asTriple());
                }
            });
        }

        @Override
        public int order() {
            return 100;
        }
    }

    /** The whole city as one in-memory model (all graphs merged), for the baselines. */
    static Model inMemory(List<Path> files) {
        Model model = ModelFactory.createDefaultModel();
        var graph = model.getGraph();
        for (Path file : files) {
            RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    graph.add(quad.asTriple());
                }
            });
        }
        return model;
    }
}
