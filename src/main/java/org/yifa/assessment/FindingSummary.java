package org.yifa.assessment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One requirement's finding: its status and why it is not (fully) met. */
public record FindingSummary(@Schema(example = "7.4") String notation,
                             @Schema(allowableValues = {"met", "partly-met", "needs-judgement", "missed", "not-applicable"})
                             String status, List<Reason> reasons) {
}
