package org.yifa.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The event a criterion waits for, the words that say so, and what the unit stated (absent: nothing stated). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventCondition(@Schema(example = "major-decision") String event, String label,
                      @Schema(description = "the criterion's words naming the event") String words,
                      @Schema(description = "occurrences the unit stated for the year") Integer reported,
                      @Schema(description = "the record id of that statement") String statement) {
}
