package org.yifa.framework;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/items/{notation}}: an item of the checklist with its part and goal, and one member for each
 * {@link ItemSection} of the service (criteria, provisions, legalBasisNote), written beside the others.
 */
@Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "an item and, beside these members, one per section (criteria, provisions, legalBasisNote, basis), "
                + "each described by ItemSectionSchemas")
record ItemDescription(@Schema(example = "1.4") String notation,
                       @Schema(example = "https://w3id.org/yifa/id/item/1.4") String iri,
                       @Schema(allowableValues = {"requirement", "veto"}) String kind,
                       @Schema(description = "the item's words as in the source document") String text,
                       ItemHeading area, ItemHeading goal,
                       @Schema(hidden = true) @JsonAnyGetter Map<String, Object> sections) {
}
