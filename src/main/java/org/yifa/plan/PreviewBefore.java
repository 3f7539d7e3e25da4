package org.yifa.plan;

import java.util.List;
import java.util.Map;

import org.yifa.assessment.AssessmentSummary;
import org.yifa.assessment.Veto;

/** The assessment before the upload, in brief. */
record PreviewBefore(boolean eligible, Map<String, Long> counts, List<Veto> vetoes) {

    static PreviewBefore of(AssessmentSummary summary) {
        return new PreviewBefore(summary.eligible(), summary.counts(), summary.vetoes());
    }
}
