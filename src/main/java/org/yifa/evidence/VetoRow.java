package org.yifa.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One reported veto event (e.g. a major incident) of a unit; what it does not state is absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VetoRow(String iri, String graph, String recordId, @Schema(example = "9.3") String vetoItem,
               String vetoEventType, @Schema(example = "2024-03-02") String date, String title, String reference,
               String submittedBy, String generatedAt, String upload) {
}
