package org.yifa.assessment;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/gaps}: across the city's units in a year, which requirements are missed or partly met by whom
 * (most units first), by part, and by unit type.
 */
public record GapsOverview(@Schema(example = "2024") int year, @Schema(description = "units assessed", example = "12") int units,
                    @Schema(description = "ids of the eligible units") List<String> eligible, List<GapItem> items,
                    List<GapArea> areas,
                    @Schema(description = "unit-type slug → gaps of units of that type", example = "{\"judicial-bureau\": 4}")
                    Map<String, Integer> unitTypes) {
}
