package org.yifa.framework;

import io.swagger.v3.oas.annotations.media.Schema;

/** The part or goal an item belongs to: its notation and title. */
record ItemHeading(@Schema(example = "1") String notation, @Schema(example = "依法全面履行政府职能") String title) {
}
