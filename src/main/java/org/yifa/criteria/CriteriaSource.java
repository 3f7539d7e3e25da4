package org.yifa.criteria;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yifa.framework.FrameworkSource;
import org.yifa.law.LawSource;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.DataFiles;
import org.yifa.store.GraphSource;

/**
 * The curated criteria ({@code data/criteria/area-*.yaml}) as a graph, checked against the
 * framework and the concept schemes, with period rules read from each criterion's sentence.
 */
@Component
public class CriteriaSource implements GraphSource {

    /** Bump when the rule patterns change, so that stores built by the old rules are rebuilt. */
    static final String RULES_VERSION = "3";
    static final String FILES = "data/criteria/area-*.yaml";

    private static final Logger log = LoggerFactory.getLogger(CriteriaSource.class);

    private final QueryLibrary queries;
    private final FrameworkSource framework;
    private final LawSource laws;

    CriteriaSource(QueryLibrary queries, FrameworkSource framework, LawSource laws) {
        this.queries = queries;
        this.framework = framework;
        this.laws = laws;
    }

    @Override
    public String graphIri() {
        return Yf.GRAPH + "criteria";
    }

    @Override
    public String fingerprint() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(RULES_VERSION.getBytes(StandardCharsets.UTF_8));
        parts.add(framework.fingerprint().getBytes(StandardCharsets.UTF_8));
        // A responsibleBasis quotes an article: the criteria are rebuilt (and re-checked) when the laws change.
        parts.add(laws.fingerprint().getBytes(StandardCharsets.UTF_8));
        for (String pattern : List.of(FILES, "ontology/*.ttl")) {
            DataFiles.list(pattern).forEach(r -> parts.add(bytes(r)));
        }
        return DataFiles.sha256(parts.toArray(byte[][]::new));
    }

    @Override
    public Model build(Dataset store) {
        CriteriaReader reader = reader();
        List<Criterion> criteria = new ArrayList<>();
        List<VetoEvent> vetoes = new ArrayList<>();
        String vetoTitle = queries.select("items").stream()
                .filter(r -> r.getResource("type").getLocalName().equals("VetoCondition"))
                .map(r -> r.getLiteral("goalTitle").getString()).findFirst().orElse("");
        for (Resource file : DataFiles.list(FILES)) {
            String name = "data/criteria/" + file.getFilename();
            String text = new String(bytes(file), StandardCharsets.UTF_8);
            if (text.lines().anyMatch(l -> l.startsWith("vetoes:"))) {
                vetoes.addAll(reader.vetoes(name, text, vetoTitle));
            } else {
                criteria.addAll(reader.criteria(name, text));
            }
        }
        log.info("Read {} criteria ({} with period rules) and {} veto event types", criteria.size(),
                criteria.stream().filter(c -> !c.rules().isEmpty()).count(), vetoes.size());
        return CriteriaGraph.of(criteria, vetoes, framework.iris());
    }

    /** A reader over the framework and concept schemes now in the store. */
    CriteriaReader reader() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("items")) {
            texts.put(row.getLiteral("notation").getString(), row.getLiteral("text").getString());
        }
        Set<String> units = new HashSet<>();
        Map<String, String> unitLabels = new HashMap<>();
        for (QuerySolution row : queries.select("scheme-concepts", Map.of("scheme", Yf.UnitTypes.getURI()))) {
            String unit = row.getResource("concept").getURI();
            units.add(unit);
            if (!unit.endsWith("/internal-body") && !isInternal(unit)) {
                unitLabels.put(row.getLiteral("label").getString(), unit);
            }
        }
        Set<String> evidence = new HashSet<>();
        queries.select("scheme-concepts", Map.of("scheme", Yf.EvidenceTypes.getURI()))
                .forEach(r -> evidence.add(r.getResource("concept").getURI()));
        Set<String> events = new HashSet<>();
        queries.select("scheme-concepts", Map.of("scheme", Yf.EventTypes.getURI()))
                .forEach(r -> events.add(r.getResource("concept").getURI()));
        return new CriteriaReader(texts, units, evidence, events, lawArticles(), new RuleExtractor(unitLabels));
    }

    /** The law graph's versions, read now, and its articles, looked up when a criterion cites one. */
    private LawArticles lawArticles() {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("laws-list")) {
            versions.computeIfAbsent(row.getLiteral("shortTitle").getString(), k -> new ArrayList<>())
                    .add(row.getLiteral("versionDate").getLexicalForm());
        }
        return new LawArticles() {
            @Override
            public Map<String, List<String>> versions() {
                return versions;
            }

            @Override
            public java.util.Optional<Provision> provision(String law, String version, int article, Integer paragraph) {
                for (QuerySolution row : queries.select("criteria-law-article",
                        Map.of("law", law, "version", version, "article", String.valueOf(article)))) {
                    if (paragraph == null) {
                        return java.util.Optional.of(new Provision(row.getResource("articleIri").getURI(),
                                row.getLiteral("articleText").getString()));
                    }
                    if (row.contains("paragraph") && row.getLiteral("paragraph").getInt() == paragraph) {
                        return java.util.Optional.of(new Provision(row.getResource("paragraphIri").getURI(),
                                row.getLiteral("paragraphText").getString()));
                    }
                }
                return java.util.Optional.empty();
            }
        };
    }

    private boolean isInternal(String unit) {
        return !queries.select("unit-type-within", Map.of("unit", unit, "wider", CriteriaReader.UNIT_NS + "internal-body"))
                .isEmpty();
    }

    @Override
    public int order() {
        return 25;
    }

    private static byte[] bytes(Resource r) {
        try {
            return r.getContentAsByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
