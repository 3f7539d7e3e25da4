package org.yifa.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.yifa.assessment.AssessmentSummary;

/**
 * {@code POST /api/units/{id}/assessment/preview}: the assessment as it would be after the upload, the eligibility,
 * counts and vetoes before it, and every finding whose status or reasons would change. Nothing is written.
 */
record PreviewAnswer(@Schema(example = "bsz") String unit, @Schema(example = "2024") int year,
                     AssessmentSummary assessment, PreviewBefore before, List<FindingChange> changes) {
}
