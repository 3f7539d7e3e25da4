package org.yifa.query;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A public query of the library as {@code GET /api/queries} lists it: what it answers and what it takes. */
record QuerySummary(@Schema(example = "items-on-article") String name, @Schema(example = "清单条目所依据的法条") String title,
                    String question, List<QuerySummaryParameter> parameters) {

    static QuerySummary of(NamedQuery q) {
        return new QuerySummary(q.name(), q.title(), q.question(), q.parameters().stream()
                .map(p -> new QuerySummaryParameter(p.name(), p.type(), p.description())).toList());
    }
}
