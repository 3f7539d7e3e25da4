package org.yifa.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /api/ui/labels}: by slug, the zh and en names of unit types and evidence types. */
record ConceptLabels(
        @Schema(description = "slug → language (zh, en) → name", example = "{\"judicial-bureau\": {\"zh\": \"司法局\", \"en\": \"Judicial bureau\"}}")
        Map<String, Map<String, String>> unitTypes,
        @Schema(description = "slug → language (zh, en) → name", example = "{\"training-record\": {\"zh\": \"培训记录\", \"en\": \"Training record\"}}")
        Map<String, Map<String, String>> evidenceTypes) {
}
