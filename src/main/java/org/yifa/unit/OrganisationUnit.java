package org.yifa.unit;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit of the city's organisation as {@code GET /api/organisation} and the admin endpoints answer it. */
record OrganisationUnit(@Schema(example = "bsz") String id, @Schema(example = "https://w3id.org/yifa/id/unit/bsz") String iri,
                        @Schema(example = "市司法局") String name,
                        @Schema(description = "unit-type slugs", example = "[\"judicial-bureau\"]") List<String> unitTypes,
                        @Schema(description = "the parent unit's id; empty at the top") String parent,
                        @Schema(description = "统一社会信用代码; empty if unknown") String creditCode,
                        @Schema(description = "yyyy-mm-dd; empty if unknown", example = "2019-01-01") String validFrom,
                        @Schema(description = "yyyy-mm-dd; empty while in service", example = "") String validUntil,
                        @Schema(allowableValues = {"city", "demo", "other"}) String source,
                        List<FormerUnitTypes> formerUnitTypes,
                        @Schema(description = "true for units the city imported, which the admin endpoints may change")
                        boolean editable) {
}
