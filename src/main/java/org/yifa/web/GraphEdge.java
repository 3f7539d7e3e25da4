package org.yifa.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** An edge of the graph explorer: from source to target, labelled with the property's local name. */
record GraphEdge(String source, String target, @Schema(example = "inGoal") String label) {
}
