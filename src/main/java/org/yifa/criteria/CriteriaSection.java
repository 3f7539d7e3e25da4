package org.yifa.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;
import org.yifa.framework.ItemSection;
import org.yifa.query.QueryLibrary;

/** The {@code criteria} of {@code GET /api/items/{notation}}. */
@Component
class CriteriaSection implements ItemSection {

    private final QueryLibrary queries;

    CriteriaSection(QueryLibrary queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "criteria";
    }

    @Override
    public List<Map<String, Object>> describe(String itemIri, String notation) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("criteria-of-item", Map.of("notation", notation))) {
            Map<String, Object> c = byId.computeIfAbsent(row.getLiteral("id").getString(), id -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", id);
                json.put("iri", row.getResource("criterion").getURI());
                json.put("text", row.getLiteral("obligation").getString());
                json.put("sentence", row.getLiteral("sentence").getString());
                json.put("appliesTo", new ArrayList<String>());
                json.put("responsible", slug(row.get("responsible")));
                json.put("evidence", new ArrayList<EvidenceNeed>());
                json.put("period", new LinkedHashMap<String, Object>());
                json.put("judgement", row.getLiteral("judgement").getBoolean());
                return json;
            });
            addOnce(c, "appliesTo", slug(row.get("appliesTo")));
            if (row.contains("evidenceType")) {
                addOnce(c, "evidence", new EvidenceNeed(slug(row.get("evidenceType")), row.getLiteral("min").getInt()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> period = (Map<String, Object>) c.get("period");
            putIfBound(period, "per", row, "per");
            putIfBound(period, "min", row, "ruleMin");
            putIfBound(period, "deadline", row, "deadline");
            putIfBound(period, "validityYears", row, "validityYears");
            putIfBound(period, "provisionalValidityYears", row, "provisionalValidityYears");
            putIfBound(period, "since", row, "since");
        }
        scope(notation, byId);
        byId.values().forEach(c -> {
            if (((Map<?, ?>) c.get("period")).isEmpty()) {
                c.put("period", null);
            }
        });
        return List.copyOf(byId.values());
    }

    // Records, not Map.of: their members are written in one order (Map.of's order changes from run to run).

    /** Evidence a criterion asks for: the evidence type and how many records at least. */
    record EvidenceNeed(String type, int min) {
    }

    /** The event that makes a criterion apply, and the sentence's words that say so. */
    record Condition(String event, String words) {
    }

    /** The provision that makes the unit responsible, and its quoted words. */
    record ResponsibleBasis(String provision, String quote) {
    }

    /** A phrase of the sentence that sets another period, and why. */
    record PeriodException(String phrase, String reason) {
    }

    /** Exclusions, condition, competence basis, period exceptions and review note, where a criterion has them. */
    @SuppressWarnings("unchecked")
    private void scope(String notation, Map<String, Map<String, Object>> byId) {
        for (QuerySolution row : queries.select("criteria-of-item-scope", Map.of("notation", notation))) {
            Map<String, Object> c = byId.get(row.getLiteral("id").getString());
            if (c == null) {
                continue;
            }
            RDFNode value = row.get("value");
            String extra = row.contains("extra") ? row.getLiteral("extra").getString() : null;
            switch (row.getLiteral("field").getString()) {
                case "except" -> ((List<Object>) c.computeIfAbsent("except", k -> new ArrayList<>())).add(slug(value));
                case "condition" -> c.put("condition", new Condition(slug(value), extra));
                case "responsibleBasis" -> c.put("responsibleBasis", new ResponsibleBasis(value.asLiteral().getString(), extra));
                case "periodException" -> ((List<Object>) c.computeIfAbsent("periodExceptions", k -> new ArrayList<>()))
                        .add(new PeriodException(value.asLiteral().getString(), extra));
                default -> c.put(row.getLiteral("field").getString(), value.asLiteral().getString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addOnce(Map<String, Object> json, String field, Object value) {
        List<Object> list = (List<Object>) json.get(field);
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    private static void putIfBound(Map<String, Object> json, String field, QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node != null) {
            Object value = node.asLiteral().getValue();
            json.put(field, value instanceof Number n ? n.intValue() : node.asLiteral().getLexicalForm());
        }
    }

    static String slug(RDFNode node) {
        if (node == null) {
            return null;
        }
        String iri = node.asResource().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
