package org.yifa.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** An item of the framework tree: its notation, whether it is a requirement or a veto condition, its words. */
record FrameworkItem(@Schema(example = "1.4") String notation,
                     @Schema(allowableValues = {"requirement", "veto"}, example = "requirement") String kind,
                     @Schema(description = "the item's words as in the source document") String text) {
}
