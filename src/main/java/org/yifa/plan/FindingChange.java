package org.yifa.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.yifa.assessment.Reason;

/** A finding whose status or reasons the upload would change: before → after. */
record FindingChange(@Schema(example = "7.4") String notation, @Schema(example = "missed") String before,
                     @Schema(example = "met") String after, List<Reason> reasonsBefore, List<Reason> reasonsAfter) {
}
