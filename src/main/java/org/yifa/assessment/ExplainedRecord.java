package org.yifa.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

/** A record of the unit of a type the criterion needs, and whether it counted. */
record ExplainedRecord(@Schema(example = "r-001") String recordId, @Schema(example = "training-record") String type,
                       @Schema(example = "2024-05-06") String date, String title, boolean counted) {
}
