package org.yifa.web;

import java.util.List;

import org.yifa.query.QuerySummaryParameter;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /api/ui/queries/{name}}: a public query of the library and its text as written in queries/NAME.rq. */
record QueryText(@Schema(example = "items-of-area") String name, String title, String question,
                 List<QuerySummaryParameter> parameters, @Schema(description = "the SPARQL text, header included") String text) {
}
