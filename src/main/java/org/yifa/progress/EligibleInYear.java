package org.yifa.progress;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /api/gaps/eligible-by-year}: for one year, how many units were assessed and which are eligible. */
record EligibleInYear(@Schema(example = "2024") int year, @Schema(example = "12") int units,
                      @Schema(example = "3") int eligibleCount, @Schema(example = "[\"bsz\"]") List<String> eligible) {
}
