package org.yifa.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.DataFiles;
import org.yifa.store.GraphSource;
import org.yifa.store.InvalidInputException;

/**
 * The demo city 示例市 ({@code data/demo/city.ttl}) in graph {@code …/graph/demo}, unless
 * {@code yifa.demo.enabled} is false, in which case the graph is emptied.
 */
@Component
class DemoSource implements GraphSource.Streaming {

    /** Properties whose values must be terms the store knows. */
    private static final Set<Node> REFERENCES = Set.of(Yf.unitType.asNode(), Yf.evidenceType.asNode(),
            Yf.forCriterion.asNode(), Yf.criterion.asNode(), Yf.vetoEventType.asNode());

    private final QueryLibrary queries;
    private final boolean enabled;

    DemoSource(QueryLibrary queries, @Value("${yifa.demo.enabled:true}") boolean enabled) {
        this.queries = queries;
        this.enabled = enabled;
    }

    @Override
    public String graphIri() {
        return Yf.GRAPH + "demo";
    }

    @Override
    public String fingerprint() {
        return enabled ? DataFiles.sha256(DataFiles.read(DemoCity.FILE)) : "disabled";
    }

    @Override
    public void stream(Dataset store, Consumer<Triple> sink) {
        if (!enabled) {
            return;
        }
        Set<String> known = new HashSet<>();
        queries.select("demo-known-terms").forEach(r -> known.add(r.getResource("term").getURI()));
        parse(DemoCity.FILE, DataFiles.read(DemoCity.FILE), known, sink);
    }

    /** As {@link #parse(String, byte[], Set, Consumer)}, into a model. */
    static Model parse(String file, byte[] bytes, Set<String> known) {
        Model model = ModelFactory.createDefaultModel();
        parse(file, bytes, known, model.getGraph()::add);
        return model;
    }

    /**
     * Parses a city file, checking that every unit type, evidence type, criterion and veto event
     * type it names is one of {@code known}, and hands each triple to {@code sink}.
     *
     * @throws InvalidInputException naming the file and line of the first problem
     */
    static void parse(String file, byte[] bytes, Set<String> known, Consumer<Triple> sink) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        StreamRDF checked = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                Node term = triple.getObject();
                if (REFERENCES.contains(triple.getPredicate()) && (!term.isURI() || !known.contains(term.getURI()))) {
                    throw new InvalidInputException(file, line(bytes, prefixes, term),
                            prefixes.shortForm(triple.getPredicate().getURI()) + " refers to an unknown term "
                                    + (term.isURI() ? prefixes.shortForm(term.getURI()) : term.toString()));
                }
                sink.accept(triple);
            }

            @Override
            public void prefix(String prefix, String iri) {
                prefixes.setNsPrefix(prefix, iri);
            }
        };
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).errorHandler(new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // Warnings (e.g. unusual IRIs) leave the data usable.
            }

            @Override
            public void error(String message, long line, long col) {
                throw new InvalidInputException(file, (int) line, message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new InvalidInputException(file, (int) line, message);
            }
        }).parse(checked);
    }

    @Override
    public int order() {
        return 50;
    }

    /** The first line that mentions the term, by prefixed name or full IRI. */
    private static int line(byte[] bytes, PrefixMapping prefixes, Node term) {
        String iri = term.isURI() ? term.getURI() : term.toString();
        String prefixed = prefixes.shortForm(iri);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<" + iri + ">") || (!prefixed.equals(iri) && containsName(line, prefixed))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean containsName(String line, String name) {
        int at = line.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean startOk = at == 0 || " \t,;(".indexOf(line.charAt(at - 1)) >= 0;
            boolean endOk = end == line.length() || " \t,;.)".indexOf(line.charAt(end)) >= 0;
            if (startOk && endOk) {
                return true;
            }
            at = line.indexOf(name, at + 1);
        }
        return false;
    }
}
