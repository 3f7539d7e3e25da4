package org.yifa.assessment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A requirement some units miss or partly meet: which, and how many in all. */
record GapItem(@Schema(example = "7.4") String notation, List<String> missed, List<String> partlyMet,
               @Schema(example = "3") int units) {
}
