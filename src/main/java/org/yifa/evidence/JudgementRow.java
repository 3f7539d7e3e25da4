package org.yifa.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One assessor's judgement on a criterion for a year; what it does not state is absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JudgementRow(String iri, String graph, @Schema(example = "7.4-2") String criterion, String criterionIri,
                    @Schema(example = "2024") Integer year, @Schema(description = "the assessor's verdict", example = "met") String verdict,
                    String reason, @Schema(example = "2025-01-10") String date,
                    @Schema(description = "the assessor's name") String assessor, String generatedAt, String upload) {
}
