package org.yifa.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A goal of a part, with its items (requirements and veto conditions) in document order. */
record FrameworkGoal(@Schema(example = "1.2") String notation, @Schema(example = "深化行政审批制度改革") String title,
                     List<FrameworkItem> items) {
}
