package org.yifa.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.query.QueryLibrary;

/**
 * {@code GET /api/ui/framework}: the nine parts, their goals and items in document order, for the
 * framework browser's tree and its search; {@code GET /api/ui/labels}: the zh/en names of unit types,
 * responsible bodies and evidence types by slug, which the item API gives as slugs.
 */
@RestController
class FrameworkTreeController {

    private final QueryLibrary queries;

    FrameworkTreeController(QueryLibrary queries) {
        this.queries = queries;
    }

    @GetMapping("/api/ui/framework")
    List<Map<String, Object>> tree() {
        Map<String, Map<String, Object>> areas = new LinkedHashMap<>();
        Map<String, Map<String, Object>> goals = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("ui-framework-tree")) {
            String areaNotation = text(row, "areaNotation");
            Map<String, Object> area = areas.computeIfAbsent(areaNotation, n -> node(
                    "notation", n, "title", text(row, "areaTitle"), "goals", new ArrayList<>()));
            String goalNotation = text(row, "goalNotation");
            Map<String, Object> goal = goals.computeIfAbsent(goalNotation, n -> {
                Map<String, Object> g = node("notation", n, "title", text(row, "goalTitle"), "items", new ArrayList<>());
                children(area, "goals").add(g);
                return g;
            });
            children(goal, "items").add(node("notation", text(row, "notation"),
                    "kind", row.getResource("type").getLocalName().equals("VetoCondition") ? "veto" : "requirement",
                    "text", text(row, "text")));
        }
        return List.copyOf(areas.values());
    }

    @GetMapping("/api/ui/labels")
    Map<String, Map<String, Map<String, String>>> labels() {
        Map<String, Map<String, Map<String, String>>> schemes = new LinkedHashMap<>();
        schemes.put("unitTypes", new LinkedHashMap<>());
        schemes.put("evidenceTypes", new LinkedHashMap<>());
        for (QuerySolution row : queries.select("ui-concept-labels")) {
            String scheme = row.getResource("scheme").getLocalName().equals("UnitTypes") ? "unitTypes" : "evidenceTypes";
            String iri = row.getResource("concept").getURI();
            Literal label = row.getLiteral("label");
            String lang = label.getLanguage().isEmpty() ? "zh" : label.getLanguage();
            schemes.get(scheme).computeIfAbsent(iri.substring(iri.lastIndexOf('/') + 1), s -> new LinkedHashMap<>())
                    .put(lang, label.getLexicalForm());
        }
        return schemes;
    }

    private static Map<String, Object> node(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> children(Map<String, Object> parent, String field) {
        return (List<Object>) parent.get(field);
    }

    private static String text(QuerySolution row, String var) {
        return row.getLiteral(var).getLexicalForm();
    }
}
