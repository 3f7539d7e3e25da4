package org.yifa.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yifa.framework.FrameworkIris;
import org.yifa.framework.FrameworkSource;
import org.yifa.law.LawIris;
import org.yifa.law.LawSource;
import org.yifa.rdf.Yf;
import org.yifa.store.load.DataFiles;
import org.yifa.store.load.GraphSource;
import org.yifa.store.InvalidInputException;

/**
 * The links graph: citations extracted from the item texts and the curated legal basis of every
 * item ({@code data/links/*.csv}), checked against the framework and law graphs already in the store.
 */
@Component
public class LinkSource implements GraphSource {

    /** Bump when a rule of extraction or checking changes, so that the graph is rebuilt. */
    static final String RULES_VERSION = "1";
    static final String GRAPH = Yf.GRAPH + "links";
    /** The link rows; counterparts.csv and cited-instruments.csv beside them have other columns. */
    static final String CSV_FILES = "data/links/area-*.csv";

    private static final Logger log = LoggerFactory.getLogger(LinkSource.class);

    /** One link file: the path errors name, and its content. */
    record CsvFile(String path, byte[] content) {
    }

    private final FrameworkSource framework;
    private final LawSource laws;
    private final Supplier<List<CsvFile>> csvFiles;

    @Autowired
    LinkSource(FrameworkSource framework, LawSource laws) {
        this(framework, laws, LinkSource::shippedCsvFiles);
    }

    /** With other link files, e.g. a test's broken copy. */
    LinkSource(FrameworkSource framework, LawSource laws, Supplier<List<CsvFile>> csvFiles) {
        this.framework = framework;
        this.laws = laws;
        this.csvFiles = csvFiles;
    }

    @Override
    public String graphIri() {
        return GRAPH;
    }

    /**
     * The link files, this package's {@link #RULES_VERSION}, and the fingerprints of the framework and
     * law sources, which digest the checklist and the law texts with their own reading rules: the links
     * are checked again whenever anything they are checked against changes.
     */
    @Override
    public String fingerprint() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(("links rules " + RULES_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        parts.add(framework.fingerprint().getBytes(StandardCharsets.UTF_8));
        parts.add(laws.fingerprint().getBytes(StandardCharsets.UTF_8));
        for (CsvFile csv : csvFiles.get()) {
            parts.add(csv.path().getBytes(StandardCharsets.UTF_8));
            parts.add(csv.content());
        }
        return DataFiles.sha256(parts.toArray(byte[][]::new));
    }

    @Override
    public Model build(Dataset store) {
        FrameworkIris iris = framework.iris();
        Map<String, String> items = items(store.getNamedModel(framework.graphIri()), iris);
        LawCatalog laws = LawCatalog.read(store.getNamedModel(LawIris.GRAPH));
        if (items.isEmpty()) {
            throw new InvalidInputException(framework.graphIri(), 0, "the framework graph holds no items to link");
        }
        if (laws.isEmpty()) {
            throw new InvalidInputException(LawIris.GRAPH, 0, "the law graph holds no law versions to link items to");
        }
        LinkGraph graph = new LinkGraph(iris);
        CitationExtractor extractor = CitationExtractor.of(laws);
        int citations = 0;
        for (Map.Entry<String, String> item : items.entrySet()) {
            List<CitationExtractor.Found> found = extractor.extract(item.getValue());
            graph.citations(item.getKey(), found);
            citations += found.size();
        }
        List<CsvTable> tables = csvFiles.get().stream()
                .map(f -> CsvTable.parse(f.path(), new String(f.content(), StandardCharsets.UTF_8)))
                .toList();
        CuratedLinks.Result curated = CuratedLinks.read(tables, items.keySet(), laws);
        graph.bases(curated.links());
        graph.noBasis(curated.none());
        log.info("Linked {} items: {} citations, {} curated links, {} items without a specific provision",
                items.size(), citations, curated.links().size(), curated.none().size());
        return graph.model();
    }

    @Override
    public int order() {
        return 30;
    }

    /** Notation → text of every item in the framework graph. */
    private static Map<String, String> items(Model framework, FrameworkIris iris) {
        Map<String, String> items = new LinkedHashMap<>();
        List<Resource> found = new ArrayList<>();
        framework.listResourcesWithProperty(RDF.type, Yf.Requirement).forEachRemaining(found::add);
        framework.listResourcesWithProperty(RDF.type, Yf.VetoCondition).forEachRemaining(found::add);
        found.stream()
                .filter(r -> r.hasProperty(SKOS.notation) && r.hasProperty(Yf.text))
                .filter(r -> r.getURI().equals(iris.item(r.getProperty(SKOS.notation).getString())))
                .sorted(Comparator.comparing(r -> sortKey(r.getProperty(SKOS.notation).getString())))
                .forEach(r -> items.put(r.getProperty(SKOS.notation).getString(), r.getProperty(Yf.text).getString()));
        return items;
    }

    /** "1.4" → "0001.0004", so that 1.10 follows 1.9. */
    static String sortKey(String notation) {
        StringBuilder key = new StringBuilder();
        for (String part : notation.split("\\.")) {
            key.append(String.format("%04d.", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static List<CsvFile> shippedCsvFiles() {
        return DataFiles.list(CSV_FILES).stream()
                .map(r -> new CsvFile("data/links/" + r.getFilename(), bytes(r)))
                .toList();
    }

    private static byte[] bytes(org.springframework.core.io.Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
