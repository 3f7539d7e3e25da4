package org.yifa.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;
import org.yifa.store.DataFiles;

/**
 * {@code GET /api/ui/queries}: the query library for the SPARQL workbench — each query's name, title,
 * question, parameters and its text as written in {@code queries/NAME.rq}.
 */
@RestController
class QueryListController {

    private final QueryLibrary queries;

    QueryListController(QueryLibrary queries) {
        this.queries = queries;
    }

    @GetMapping("/api/ui/queries")
    List<Map<String, Object>> queries() {
        return queries.all().stream().sorted(Comparator.comparing(NamedQuery::name)).map(q -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", q.name());
            json.put("title", q.title());
            json.put("question", q.question());
            json.put("parameters", q.parameters().stream().map(p -> Map.of(
                    "name", p.name(), "type", p.type(), "description", p.description())).toList());
            json.put("text", DataFiles.readText("queries/" + q.name() + ".rq"));
            return json;
        }).toList();
    }
}
