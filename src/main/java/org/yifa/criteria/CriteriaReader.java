package org.yifa.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yifa.store.InvalidInputException;

/**
 * Reads the curated criteria files and checks every reference in them: the item exists, the
 * sentence is the item's own words, each unit and evidence type is a concept of its scheme.
 */
final class CriteriaReader {

    static final String UNIT_NS = "https://w3id.org/yifa/id/unit-type/";
    static final String EVIDENCE_NS = "https://w3id.org/yifa/id/evidence-type/";

    private final Map<String, String> itemTexts;
    private final Set<String> unitTypes;
    private final Set<String> evidenceTypes;
    private final RuleExtractor rules;

    /**
     * @param itemTexts     item notation → text, as in the framework graph
     * @param unitTypes     IRIs of the unit-type concepts
     * @param evidenceTypes IRIs of the evidence-type concepts
     */
    CriteriaReader(Map<String, String> itemTexts, Set<String> unitTypes, Set<String> evidenceTypes, RuleExtractor rules) {
        this.itemTexts = itemTexts;
        this.unitTypes = unitTypes;
        this.evidenceTypes = evidenceTypes;
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

    private Criterion criterion(YamlTree c, String item, String itemText, Set<String> ids) {
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
        String responsible = concept(c.require("responsible"), UNIT_NS, unitTypes, "unit type");
        // The body named as doing the work (e.g. 政府法制部门 reviews) is not bound by it.
        rules.binds(sentence).stream().filter(u -> !u.equals(responsible)).forEach(appliesTo::add);
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
            // A count written in the sentence is the count of the criterion's first evidence type.
            int count = min != null ? min : (evidence.isEmpty() && ruleCount != null ? ruleCount : 1);
            evidence.add(new Criterion.Evidence(type, count));
        }
        String obligation = c.require("obligation").text();
        boolean judgement = c.require("judgement").bool();
        return new Criterion(id, item, sentence, obligation, List.copyOf(appliesTo), responsible,
                List.copyOf(evidence), found, judgement, idNode.line());
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
