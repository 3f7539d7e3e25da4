package org.yifa.progress;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/units/{id}/progress}: a unit's status of every requirement in every assessed year, and what
 * changed between the last two ({@code from}, {@code to}; absent with fewer than two years assessed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UnitProgress(@Schema(example = "bsz") String unit, @Schema(example = "市司法局") String name,
                    @Schema(description = "assessed years, oldest first", example = "[2023, 2024]") List<Integer> years,
                    @Schema(example = "2023") Integer from, @Schema(example = "2024") Integer to,
                    @Schema(description = "year → eligible for the title", example = "{\"2023\": false, \"2024\": true}")
                    Map<String, Boolean> eligible,
                    @Schema(description = "year → why the unit was not assessed that year") Map<String, String> notAssessed,
                    @Schema(description = "notations better in 'to' than in 'from'") List<String> improving,
                    List<String> regressing, List<String> newlyApplicable, List<String> noLongerApplicable,
                    List<ItemProgress> items) {
}
