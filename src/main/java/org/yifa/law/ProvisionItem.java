package org.yifa.law;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An item resting on the provision (or a part of it), with the provisions it rests on. */
record ProvisionItem(@Schema(example = "1.4") String notation, String iri,
                     @Schema(allowableValues = {"requirement", "veto"}) String kind, List<String> restsOn) {
}
