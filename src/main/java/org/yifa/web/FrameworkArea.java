package org.yifa.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One of the nine parts of the checklist in {@code GET /api/ui/framework}, with its goals in document order. */
record FrameworkArea(@Schema(example = "1") String notation, @Schema(example = "依法全面履行政府职能") String title,
                     List<FrameworkGoal> goals) {
}
