package org.yifa.assessment;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/units/{id}/assessment}: whether the unit is eligible in the year, its vetoes, the count of findings
 * by status and every finding with its reasons. For a year the unit is not in service: {@code assessed: false}, its
 * days in service and why ({@code message}); these members are absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentSummary(@Schema(example = "bsz") String unit, @Schema(example = "市司法局") String name,
                                @Schema(example = "2024") int year, boolean eligible, List<Veto> vetoes,
                                @Schema(description = "status → number of findings", example = "{\"met\": 80, \"missed\": 5}")
                                Map<String, Long> counts, List<FindingSummary> findings,
                                @Schema(description = "false when the unit was not in service that year") Boolean assessed,
                                @Schema(example = "2019-01-01") String validFrom, String validUntil, String message) {

    static AssessmentSummary of(UnitAssessment a) {
        return new AssessmentSummary(a.unit(), a.name(), a.year(), a.eligible(), a.vetoes(), AssessmentJson.counts(a),
                a.findings().stream().map(f -> new FindingSummary(f.notation(), f.status().label(), f.reasons())).toList(),
                null, null, null, null);
    }

    static AssessmentSummary notAssessed(org.yifa.unit.UnitNotAssessedException e, String name) {
        return new AssessmentSummary(e.unitId(), name, e.year(), false, List.of(), null, List.of(), false,
                e.validFrom(), e.validUntil(), e.getMessage());
    }
}
