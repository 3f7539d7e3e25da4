package org.yifa.assessment;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A part of the checklist: gaps by unit, and their total. */
record GapArea(@Schema(example = "7") String area,
               @Schema(description = "unit id → requirements missed or partly met", example = "{\"bsz\": 2}")
               Map<String, Integer> byUnit, @Schema(example = "2") int total) {
}
