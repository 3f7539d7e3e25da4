package org.yifa.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One evidence record of a unit; what the record does not state is absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvidenceRow(String iri, @Schema(description = "the named graph holding it") String graph,
                   @Schema(example = "r-001") String recordId, @Schema(example = "training-record") String evidenceType,
                   @Schema(example = "2024-05-06") String date, String title, String reference, String url,
                   String sha256, @Schema(example = "7.4-1") String criterion, @Schema(example = "2026-05-06") String validUntil,
                   Boolean provisional, @Schema(description = "the submitter's name") String submittedBy,
                   @Schema(example = "2025-01-10T08:00:00Z") String generatedAt,
                   @Schema(description = "the upload that wrote it") String upload) {
}
