package org.yifa.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A criterion of an explained finding: what it obliges, who is responsible, what it requires, whom its words leave out
 * ({@code scopeWords}, {@code except}), the event it waits for ({@code condition}), the article assigning its
 * competence ({@code responsibleBasis}) — each absent when the criterion has none — and its verdict with reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CriterionExplanation(@Schema(example = "7.4-1") String id, String obligation,
                            @Schema(example = "met") String status, boolean judgement,
                            @Schema(example = "司法局") String responsible, List<RequiredEvidence> requires,
                            String scopeWords, List<String> except, EventCondition condition,
                            ResponsibleBasis responsibleBasis, List<String> rules, List<Reason> reasons,
                            @Schema(description = "record ids that counted") List<String> counted,
                            List<ExplainedRecord> evidence) {
}
