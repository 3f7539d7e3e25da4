package org.yifa.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;
import org.yifa.query.QuerySummaryParameter;
import org.yifa.query.UnknownQueryException;
import org.yifa.store.load.DataFiles;

/**
 * {@code GET /api/ui/queries/{name}}: one public query of the library with its text as written in
 * {@code queries/NAME.rq}, for the SPARQL workbench to open in a tab ({@code GET /api/queries} lists
 * them but runs rather than shows them).
 */
@RestController
class QueryTextController {

    private final QueryLibrary queries;

    QueryTextController(QueryLibrary queries) {
        this.queries = queries;
    }

    @GetMapping("/api/ui/queries/{name}")
    QueryText query(@PathVariable String name) {
        NamedQuery q;
        try {
            q = queries.get(name);
        } catch (UnknownQueryException e) {
            q = null;
        }
        if (q == null || !q.isPublic()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No public query named '" + name + "' in the library");
        }
        return new QueryText(q.name(), q.title(), q.question(), q.parameters().stream()
                .map(p -> new QuerySummaryParameter(p.name(), p.type(), p.description())).toList(),
                DataFiles.readText("queries/" + q.name() + ".rq"));
    }
}
