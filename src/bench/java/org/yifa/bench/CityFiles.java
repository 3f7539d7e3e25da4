package org.yifa.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.yifa.demo.CityGenerator;
import org.yifa.demo.UnitSpec;
import org.yifa.rdf.Yf;

/**
 * Writes a generated city as N-Quads, one file and one named graph per {@link Size#UNITS_PER_GRAPH}
 * units ({@code …/graph/bench-city/0}, {@code /1} …), streaming, so that any size fits in memory.
 * The submission provenance of each record (who sent it, when, the file's SHA-256) is left out: it is
 * optional in a ledger, no assessment reads it, and without it 1,000 units over two years come to
 * about 1M triples, as the medium city should.
 */
final class CityFiles {

    static final String GRAPH = Yf.GRAPH + "bench-city/";
    static final Set<Node> LEFT_OUT = Set.of(NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"),
            NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Yf.sha256.asNode());

    /** The files written, their graphs and the number of triples. */
    record City(List<Path> files, List<String> graphs, long triples, List<UnitSpec> units) {
    }

    private CityFiles() {
    }

    static City write(CityGenerator generator, Size size, Path dir) {
        List<UnitSpec> units = CityGenerator.units(Size.SEED, size.units, "");
        List<Path> files = new ArrayList<>();
        List<String> graphs = new ArrayList<>();
        long triples = 0;
        for (int from = 0, k = 0; from < units.size(); from += Size.UNITS_PER_GRAPH, k++) {
            List<UnitSpec> chunk = units.subList(from, Math.min(units.size(), from + Size.UNITS_PER_GRAPH));
            Path file = dir.resolve(String.format("city-%d.nq", k));
            String graph = GRAPH + k;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                InGraph sink = new InGraph(writer, NodeFactory.createURI(graph));
                writer.start();
                generator.generate(Size.SEED, chunk, Size.YEARS, sink);
                writer.finish();
                triples += sink.count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
            graphs.add(graph);
        }
        return new City(files, graphs, triples, units);
    }

    /** Puts every triple into one graph; the generator's start, finish and prefixes are dropped. */
    private static final class InGraph extends StreamRDFBase {
        private final StreamRDF out;
        private final Node graph;
        long count;

        InGraph(StreamRDF out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            if (LEFT_OUT.contains(triple.getPredicate())) {
                return;
            }
            count++;
            out.quad(Quad.create(graph, triple));
        }
    }
}
