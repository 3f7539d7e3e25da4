package org.yifa.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/**
 * {@code GET /api/ui/graph?node=IRI[&year=]}: one node of the graph explorer and its neighbours —
 * items, criteria, evidence types, unit types and responsible bodies, provisions, laws, units and
 * their findings in the year — as {@code {node, nodes, edges}}. Expanding a unit assesses it for the
 * year first, so its findings are there.
 */
@RestController
class GraphController {

    /** The kind shown and filtered in the browser, by rdf:type. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Requirement", "item"), Map.entry("VetoCondition", "item"),
            Map.entry("Criterion", "criterion"), Map.entry("EvidenceType", "evidenceType"),
            Map.entry("UnitType", "body"), Map.entry("Article", "provision"), Map.entry("Paragraph", "provision"),
            Map.entry("LawWork", "law"), Map.entry("Unit", "unit"), Map.entry("Finding", "finding"),
            Map.entry("VetoEventType", "vetoEvent"));

    private final QueryLibrary queries;
    private final AssessmentEngine engine;

    GraphController(QueryLibrary queries, AssessmentEngine engine) {
        this.queries = queries;
        this.engine = engine;
    }

    @GetMapping("/api/ui/graph")
    GraphView neighbourhood(@RequestParam String node, @RequestParam(required = false) Integer year) {
        int y = year == null ? Year.now().getValue() - 1 : year;
        Map<String, Map<String, Object>> self = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("ui-node", Map.of("node", node))) {
            describe(self, node, row);
        }
        Map<String, Object> start = self.get(node);
        if (start == null || start.get("kind") == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Nothing in the store the graph explorer can show at <" + node + ">");
        }
        String unitPrefix = Yf.ID + "unit/";
        if ("unit".equals(start.get("kind")) && node.startsWith(unitPrefix)) {
            engine.assess(node.substring(unitPrefix.length()), y);
        }

        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Set<List<String>> edges = new LinkedHashSet<>();
        for (QuerySolution row : queries.select("ui-neighbours", Map.of("node", node, "year", String.valueOf(y)))) {
            String other = row.getResource("x").getURI();
            describe(nodes, other, row);
            String edge = row.getLiteral("edge").getString();
            boolean out = row.getLiteral("out").getBoolean();
            edges.add(out ? List.of(node, other, edge) : List.of(other, node, edge));
        }
        // Neighbours of no kind the explorer shows (e.g. an unresolved instrument) are left out with their edges.
        nodes.values().removeIf(n -> n.get("kind") == null);
        List<GraphEdge> edgeJson = new ArrayList<>();
        for (List<String> e : edges) {
            if (nodes.containsKey(e.get(0)) || nodes.containsKey(e.get(1))) {
                edgeJson.add(new GraphEdge(e.get(0), e.get(1), e.get(2)));
            }
        }
        return new GraphView(y, GraphNode.of(start), nodes.values().stream().map(GraphNode::of).toList(), edgeJson);
    }

    /** Merges one solution's facts about a node into its JSON (a node comes in several rows, one per label language). */
    private static void describe(Map<String, Map<String, Object>> nodes, String iri, QuerySolution row) {
        Map<String, Object> n = nodes.computeIfAbsent(iri, i -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", i);
            json.put("kind", null);
            json.put("label", null);
            return json;
        });
        if (row.contains("type")) {
            String kind = KINDS.get(row.getResource("type").getLocalName());
            if (kind != null) {
                n.put("kind", kind);
            }
        }
        putOnce(n, "notation", row.get("notation"));
        putOnce(n, "text", row.get("text"));
        putOnce(n, "status", row.get("status"));
        putOnce(n, "versionDate", row.get("versionDate"));
        if (row.contains("label")) {
            Literal label = row.getLiteral("label");
            putOnce(n, "en".equals(label.getLanguage()) ? "labelEn" : "labelZh", label);
        }
        String lawTitle = row.contains("lawTitle") ? row.getLiteral("lawTitle").getLexicalForm() : null;
        String numberZh = row.contains("numberZh") ? row.getLiteral("numberZh").getLexicalForm() : null;
        String label = numberZh != null && lawTitle != null ? lawTitle + numberZh
                : lawTitle != null ? lawTitle
                : n.get("labelZh") != null ? (String) n.get("labelZh")
                : (String) n.get("notation");
        if (label != null) {
            n.put("label", label);
        }
    }

    private static void putOnce(Map<String, Object> json, String field, RDFNode value) {
        if (value != null && json.get(field) == null) {
            json.put(field, value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
        }
    }
}
