package org.yifa.law;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yifa.store.load.DataFiles;
import org.yifa.store.load.GraphSource;

/** The shipped law texts as the graph {@value LawIris#GRAPH}. */
@Component
public class LawSource implements GraphSource {

    /** Bump when the reading rules change, so that stores built by older rules are rebuilt. */
    static final String RULES_VERSION = "laws-2";

    private static final Logger log = LoggerFactory.getLogger(LawSource.class);

    private final LawFiles files;

    @Autowired
    LawSource() {
        this(LawFiles.classpath());
    }

    /** A source over other files, e.g. a directory of texts to check before they are shipped. */
    public LawSource(LawFiles files) {
        this.files = files;
    }

    @Override
    public String graphIri() {
        return LawIris.GRAPH;
    }

    @Override
    public String fingerprint() {
        List<byte[]> parts = new ArrayList<>();
        files.texts().forEach((path, bytes) -> {
            parts.add(path.getBytes(StandardCharsets.UTF_8));
            parts.add(bytes);
        });
        for (String file : List.of(LawFiles.LAWS, LawFiles.CATALOG, LawFiles.FLK_IDS, LawFiles.SUCCESSION)) {
            parts.add(files.read(file));
        }
        parts.add(RULES_VERSION.getBytes(StandardCharsets.UTF_8));
        return DataFiles.sha256(parts.toArray(byte[][]::new));
    }

    /** Reads and checks every text and data file; throws naming file and line on bad input. */
    public LawCorpus corpus() {
        return LawCorpus.load(files);
    }

    @Override
    public Model build(Dataset store) {
        LawCorpus corpus = corpus();
        for (LawCorpus.Version v : corpus.versions()) {
            log.info("law {} version {}: {} articles, {} paragraphs{}", v.text().title(), v.date(),
                    v.text().articles().size(), v.text().paragraphCount(), v.flkId() == null ? "" : ", flk " + v.flkId());
        }
        for (LawCorpus.Succession s : corpus.successions()) {
            log.info("{} {} {} {} ({})", s.newer().shortTitle() + " " + s.newer().date(), s.relation(),
                    s.older().shortTitle(), s.older().date(), s.provenance());
        }
        corpus.warnings().forEach(w -> log.warn(w));
        return LawGraph.of(corpus);
    }

    @Override
    public int order() {
        return 20;
    }
}
