package org.yifa.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** Records a criterion requires: how many of a type; per event, and types not counted here, when so. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RequiredEvidence(@Schema(example = "training-record") String evidenceType, @Schema(example = "1") int min,
                        Boolean perEvent, List<String> notCounting) {
}
