package org.yifa.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.query.QueryLibrary;

/** One item of the checklist as JSON: {@code GET /api/items/1.4}. */
@RestController
class ItemController {

    private final QueryLibrary queries;
    private final List<ItemSection> sections;

    ItemController(QueryLibrary queries, List<ItemSection> sections) {
        this.queries = queries;
        this.sections = sections;
    }

    @GetMapping("/api/items/{notation}")
    ItemDescription item(@PathVariable String notation) {
        List<QuerySolution> rows = queries.select("item", Map.of("notation", notation));
        if (rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No item with notation '" + notation + "'; notations read part.number, e.g. 1.4 or 9.2");
        }
        QuerySolution row = rows.get(0);
        String iri = row.getResource("item").getURI();
        Map<String, Object> sections = new LinkedHashMap<>();
        for (ItemSection section : this.sections) {
            sections.put(section.name(), section.describe(iri, notation));
        }
        return new ItemDescription(notation, iri,
                row.getResource("type").getLocalName().equals("VetoCondition") ? "veto" : "requirement",
                row.getLiteral("text").getString(),
                new ItemHeading(row.getLiteral("areaNotation").getString(), row.getLiteral("areaTitle").getString()),
                new ItemHeading(row.getLiteral("goalNotation").getString(), row.getLiteral("goalTitle").getString()),
                sections);
    }
}
