package org.yifa.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

/** The article that assigns a criterion's competence, and its words. */
record ResponsibleBasis(@Schema(example = "行政许可法 第十二条") String provision, String quote) {
}
