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
    List<FrameworkArea> tree() {
        Map<String, FrameworkArea> areas = new LinkedHashMap<>();
        Map<String, FrameworkGoal> goals = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("ui-framework-tree")) {
            FrameworkArea area = areas.computeIfAbsent(text(row, "areaNotation"),
                    n -> new FrameworkArea(n, text(row, "areaTitle"), new ArrayList<>()));
            FrameworkGoal goal = goals.computeIfAbsent(text(row, "goalNotation"), n -> {
                FrameworkGoal g = new FrameworkGoal(n, text(row, "goalTitle"), new ArrayList<>());
                area.goals().add(g);
                return g;
            });
            goal.items().add(new FrameworkItem(text(row, "notation"),
                    row.getResource("type").getLocalName().equals("VetoCondition") ? "veto" : "requirement",
                    text(row, "text")));
        }
        return List.copyOf(areas.values());
    }

    @GetMapping("/api/ui/labels")
    ConceptLabels labels() {
        Map<String, Map<String, String>> unitTypes = new LinkedHashMap<>();
        Map<String, Map<String, String>> evidenceTypes = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("ui-concept-labels")) {
            boolean unitType = row.getResource("scheme").getLocalName().equals("UnitTypes");
            String iri = row.getResource("concept").getURI();
            Literal label = row.getLiteral("label");
            String lang = label.getLanguage().isEmpty() ? "zh" : label.getLanguage();
            (unitType ? unitTypes : evidenceTypes).computeIfAbsent(iri.substring(iri.lastIndexOf('/') + 1),
                    s -> new LinkedHashMap<>()).put(lang, label.getLexicalForm());
        }
        return new ConceptLabels(unitTypes, evidenceTypes);
    }

    private static String text(QuerySolution row, String var) {
        return row.getLiteral(var).getLexicalForm();
    }
}
