package org.yifa.framework;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.parse.ChecklistParser;
import org.yifa.store.load.DataFiles;
import org.yifa.store.load.GraphSource;

/** The checklist document, parsed and repaired, as the framework graph. */
@Component
public class FrameworkSource implements GraphSource {

    private static final Logger log = LoggerFactory.getLogger(FrameworkSource.class);

    private final FrameworkProperties properties;
    private final FrameworkIris iris;
    private volatile java.util.Optional<ChecklistDate> checklistDate;

    FrameworkSource(FrameworkProperties properties) {
        this.properties = properties;
        this.iris = new FrameworkIris(properties.slug());
    }

    public FrameworkIris iris() {
        return iris;
    }

    @Override
    public String graphIri() {
        return iris.graph();
    }

    @Override
    public String fingerprint() {
        return DataFiles.sha256(DataFiles.read(properties.source()), DataFiles.read(properties.censoredWords()),
                ChecklistParser.RULES_VERSION.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses the configured document; throws naming the line on bad input. */
    public Checklist parse() {
        ChecklistParser parser = new ChecklistParser(censoredWords(DataFiles.readText(properties.censoredWords())));
        return parser.parse(properties.source(), DataFiles.readText(properties.source()));
    }

    @Override
    public Model build(Dataset store) {
        Checklist checklist = parse();
        checklist.repairs().forEach(r -> log.debug("repair {} line {}: {}", r.kind(), r.line(), r.message()));
        log.info("Parsed '{}': {} parts, {} items; repairs by kind {}", checklist.title(), checklist.areas().size(),
                checklist.items().size(), checklist.repairs().stream().collect(java.util.stream.Collectors.groupingBy(
                        Checklist.Repair::kind, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        Model model = FrameworkGraph.of(checklist, iris, properties.source(),
                DataFiles.sha256(DataFiles.read(properties.source())));
        checklistDate().ifPresent(d -> d.addTo(model.createResource(iris.framework())));
        return model;
    }

    /**
     * The checklist's own time, read from the configured document's words: once, like the checklist graph
     * (every item page asks for it; the document is read again only at the next start, with the graph).
     */
    public java.util.Optional<ChecklistDate> checklistDate() {
        java.util.Optional<ChecklistDate> date = checklistDate;
        if (date == null) {
            date = ChecklistDate.of(DataFiles.readText(properties.source()));
            checklistDate = date;
        }
        return date;
    }

    @Override
    public int order() {
        return 10;
    }

    /** Reads the tab-separated pinyin → word list; {@code #} starts a comment. */
    static Map<String, String> censoredWords(String tsv) {
        Map<String, String> words = new LinkedHashMap<>();
        tsv.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            String[] parts = l.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException("censored-word list: expected 'pinyin<TAB>word', got: " + l);
            }
            words.put(parts[0].strip().toLowerCase(), parts[1].strip());
        });
        return words;
    }
}
