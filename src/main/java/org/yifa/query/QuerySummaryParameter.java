package org.yifa.query;

import io.swagger.v3.oas.annotations.media.Schema;

/** A parameter of a library query (as the query lists and the workbench show it), bound as {@code ?name=value} when it runs. */
public record QuerySummaryParameter(@Schema(example = "article") String name,
                             @Schema(allowableValues = {"string", "iri", "integer"}, example = "integer") String type,
                             String description) {
}
