package org.yifa.assessment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit as {@code GET /api/units} lists it. */
record UnitEntry(@Schema(example = "bsz") String id, @Schema(example = "市司法局") String name,
                 @Schema(example = "[\"judicial-bureau\"]") List<String> unitTypes,
                 @Schema(description = "the parent unit's id; empty at the top") String parent) {
}
