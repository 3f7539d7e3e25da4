package org.yifa.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yifa.store.InvalidInputException;

/**
 * Reads the curated criteria files and checks every reference in them: the item exists, the
 * sentence is the item's own words, each unit and evidence type is a concept of its scheme.
 */
final class CriteriaReader {

    static final String UNIT_NS = "https://w3id.org/yifa/id/unit-type/";
    static final String EVIDENCE_NS = "https://w3id.org/yifa/id/evidence-type/";
    static final String EVENT_NS = "https://w3id.org/yifa/id/event-type/";

    private final Map<String, String> itemTexts;
    private final Set<String> unitTypes;
    private final Set<String> evidenceTypes;
    private final Set<String> eventTypes;
    private final LawArticles laws;
    private final RuleExtractor rules;

    /**
     * @param itemTexts     item notation → text, as in the framework graph
     * @param unitTypes     IRIs of the unit-type concepts
     * @param evidenceTypes IRIs of the evidence-type concepts
     * @param eventTypes    IRIs of the event-type concepts
     * @param laws          the law graph's articles, to check the quote of a responsibleBasis
     */
    CriteriaReader(Map<String, String> itemTexts, Set<String> unitTypes, Set<String> evidenceTypes,
                   Set<String> eventTypes, LawArticles laws, RuleExtractor rules) {
        this.itemTexts = itemTexts;
        this.unitTypes = unitTypes;
        this.evidenceTypes = evidenceTypes;
        this.eventTypes = eventTypes;
        this.laws = laws;
        this.rules = rules;
    }

    List<Criterion> criteria(String file, String text) {
        YamlTree root = YamlTree.parse(file, text);
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlTree entry : root.require("items").list()) {
            YamlTree itemNode = entry.require("item");
            String item = itemNode.text();
            String itemText = itemTexts.get(item);
            if (itemText == null) {
                throw itemNode.error("no item '" + item + "' in the checklist");
            }
            for (YamlTree c : entry.require("criteria").list()) {
                criteria.add(criterion(c, item, itemText, ids));
            }
        }
        return criteria;
    }

    private static final Set<String> FIELDS = Set.of("id", "sentence", "obligation", "appliesTo", "except", "scopeWords",
            "responsible", "responsibleBasis", "condition", "evidence", "judgement", "periodExceptions", "review");

    private Criterion criterion(YamlTree c, String item, String itemText, Set<String> ids) {
        c.onlyKeys(FIELDS);
        YamlTree idNode = c.require("id");
        String id = idNode.text();
        if (!id.matches(java.util.regex.Pattern.quote(item) + "-\\d+")) {
            throw idNode.error("id must read '" + item + "-<n>', got '" + id + "'");
        }
        if (!ids.add(id)) {
            throw idNode.error("duplicate criterion id '" + id + "'");
        }
        YamlTree sentenceNode = c.require("sentence");
        String sentence = sentenceNode.text();
        if (!itemText.contains(sentence)) {
            throw sentenceNode.error("not the words of item " + item + ": '" + sentence + "'");
        }
        List<PeriodRule> found = rules.extract(sentence);
        Set<String> appliesTo = new LinkedHashSet<>();
        for (YamlTree unit : c.require("appliesTo").list()) {
            appliesTo.add(concept(unit, UNIT_NS, unitTypes, "unit type"));
        }
        String scopeWords = c.get("scopeWords").map(n -> words(n, sentence)).orElse(null);
        List<String> except = new ArrayList<>();
        Optional<YamlTree> exceptNode = c.get("except");
        if (exceptNode.isPresent()) {
            if (scopeWords == null) {
                throw exceptNode.get().error("'except' needs 'scopeWords': the words of the sentence that exclude these units");
            }
            for (YamlTree unit : exceptNode.get().list()) {
                String type = concept(unit, UNIT_NS, unitTypes, "unit type");
                if (appliesTo.contains(type)) {
                    throw unit.error("'" + unit.text() + "' is both in appliesTo and in except");
                }
                except.add(type);
            }
        }
        String responsible = concept(c.require("responsible"), UNIT_NS, unitTypes, "unit type");
        Criterion.Basis basis = c.get("responsibleBasis").map(this::basis).orElse(null);
        // The body named as doing the work (e.g. 政府法制部门 reviews) is not bound by it, nor a unit the words exclude.
        rules.binds(sentence).stream().filter(u -> !u.equals(responsible) && !except.contains(u)).forEach(appliesTo::add);
        c.get("condition").ifPresent(n -> n.onlyKeys(Set.of("event", "words")));
        Criterion.Condition condition = c.get("condition").map(n -> new Criterion.Condition(
                concept(n.require("event"), EVENT_NS, eventTypes, "event type"), words(n.require("words"), sentence)))
                .orElse(null);
        List<Criterion.Evidence> evidence = new ArrayList<>();
        Integer ruleCount = found.stream().map(PeriodRule::minCount).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        for (YamlTree e : c.get("evidence").map(YamlTree::list).orElse(List.of())) {
            YamlTree typeNode = e.isScalar() ? e : e.require("type");
            String type = concept(typeNode, EVIDENCE_NS, evidenceTypes, "evidence type");
            Integer min = e.isScalar() ? null : e.get("min").map(YamlTree::integer).orElse(null);
            if (min != null && min < 1) {
                throw e.require("min").error("must be at least 1");
            }
            if (!e.isScalar()) {
                e.onlyKeys(Set.of("type", "min", "perEvent"));
            }
            Optional<YamlTree> perEventNode = e.isScalar() ? Optional.empty() : e.get("perEvent");
            boolean perEvent = perEventNode.map(YamlTree::bool).orElse(false);
            if (perEvent && condition == null) {
                throw perEventNode.get().error("'perEvent' needs a 'condition' whose events it counts");
            }
            // A count written in the sentence is the count of the criterion's first evidence type.
            int count = min != null ? min : (evidence.isEmpty() && ruleCount != null ? ruleCount : 1);
            evidence.add(new Criterion.Evidence(type, count, perEvent));
        }
        List<Criterion.PeriodException> exceptions = new ArrayList<>();
        for (YamlTree p : c.get("periodExceptions").map(YamlTree::list).orElse(List.of())) {
            p.onlyKeys(Set.of("phrase", "reason"));
            String phrase = words(p.require("phrase"), sentence);
            YamlTree why = p.require("reason");
            if (found.stream().anyMatch(r -> r.phrase().contains(phrase))) {
                throw p.require("phrase").error("'" + phrase + "' is read as a period rule; list it as an exception only if it is none");
            }
            exceptions.add(new Criterion.PeriodException(phrase, why.text()));
        }
        String obligation = c.require("obligation").text();
        boolean judgement = c.require("judgement").bool();
        String review = c.get("review").map(YamlTree::text).orElse(null);
        return new Criterion(id, item, sentence, obligation, List.copyOf(appliesTo), List.copyOf(except), scopeWords,
                responsible, basis, condition, List.copyOf(evidence), found, List.copyOf(exceptions), judgement, review,
                idNode.line());
    }

    /** A text that must be words of the criterion's sentence, character for character. */
    private static String words(YamlTree node, String sentence) {
        String words = node.text();
        if (!sentence.contains(words)) {
            throw node.error("'" + words + "' are not words of the sentence '" + sentence + "'");
        }
        return words;
    }

    private Criterion.Basis basis(YamlTree b) {
        b.onlyKeys(Set.of("law", "version", "article", "paragraph", "quote"));
        YamlTree lawNode = b.require("law");
        String law = lawNode.text();
        List<String> versions = laws.versions().get(law);
        if (versions == null) {
            throw lawNode.error("no law '" + law + "' in the law graph (short title as in data/laws/laws.csv, with a text in data/laws/texts)");
        }
        YamlTree versionNode = b.require("version");
        String version = versionNode.text();
        if (!versions.contains(version)) {
            throw versionNode.error(law + " has no version " + version + "; the law graph holds " + versions);
        }
        YamlTree articleNode = b.require("article");
        int article = articleNode.integer();
        Optional<YamlTree> paragraphNode = b.get("paragraph");
        Integer paragraph = paragraphNode.map(YamlTree::integer).orElse(null);
        LawArticles.Provision provision = laws.provision(law, version, article, paragraph).orElseThrow(() ->
                paragraphNode.orElse(articleNode).error(law + " (" + version + ") has no article " + article
                        + (paragraph == null ? "" : " paragraph " + paragraph)));
        YamlTree quoteNode = b.require("quote");
        String quote = quoteNode.text();
        if (!provision.text().contains(quote)) {
            throw quoteNode.error("'" + quote + "' does not occur in " + law + " (" + version + ") article " + article
                    + (paragraph == null ? "" : " paragraph " + paragraph));
        }
        return new Criterion.Basis(law, version, article, paragraph, quote, provision.iri());
    }

    List<VetoEvent> vetoes(String file, String text, String windowTitle) {
        YamlTree root = YamlTree.parse(file, text);
        List<PeriodRule> windows = rules.extract(windowTitle).stream().filter(r -> r.windowYears() != null).toList();
        if (windows.isEmpty()) {
            throw new InvalidInputException(file, 0, "the veto part's title names no window (近…年内): '" + windowTitle + "'");
        }
        List<VetoEvent> vetoes = new ArrayList<>();
        for (YamlTree v : root.require("vetoes").list()) {
            YamlTree itemNode = v.require("item");
            String item = itemNode.text();
            if (!itemTexts.containsKey(item)) {
                throw itemNode.error("no item '" + item + "' in the checklist");
            }
            List<String> recordedBy = new ArrayList<>();
            for (YamlTree e : v.require("evidence").list()) {
                recordedBy.add(concept(e, EVIDENCE_NS, evidenceTypes, "evidence type"));
            }
            vetoes.add(new VetoEvent(item, v.require("event").text(), List.copyOf(recordedBy), windows.get(0), itemNode.line()));
        }
        return vetoes;
    }

    private static String concept(YamlTree node, String namespace, Set<String> known, String what) {
        String iri = namespace + node.text();
        if (!known.contains(iri)) {
            throw node.error("unknown " + what + " '" + node.text() + "'");
        }
        return iri;
    }
}
