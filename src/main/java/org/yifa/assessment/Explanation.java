package org.yifa.assessment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/units/{id}/items/{notation}/explain}: one finding in full, every criterion with its reasons, the
 * records it counted and the unit's records of the types it needs.
 */
record Explanation(@Schema(example = "bsz") String unit, @Schema(example = "2024") int year,
                   @Schema(example = "7.4") String notation, @Schema(example = "partly-met") String status,
                   @Schema(description = "the provisions the item rests on", example = "[\"行政许可法 第十二条\"]")
                   List<String> provisions, List<CriterionExplanation> criteria) {
}
