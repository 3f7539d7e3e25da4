package org.yifa.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

/** The unit an evidence listing is about. */
record EvidenceUnit(@Schema(example = "bsz") String id, @Schema(example = "https://w3id.org/yifa/id/unit/bsz") String iri,
                    @Schema(example = "市司法局") String label) {
}
