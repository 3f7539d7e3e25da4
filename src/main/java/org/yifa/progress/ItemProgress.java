package org.yifa.progress;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One requirement's status by year, and its change over the last two years (absent with fewer than two). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemProgress(@Schema(example = "7.4") String notation, @Schema(example = "7") String area,
                    @Schema(description = "year → status", example = "{\"2023\": \"unmet\", \"2024\": \"met\"}")
                    Map<String, String> statuses,
                    @Schema(allowableValues = {"improving", "regressing", "newly-applicable", "no-longer-applicable",
                            "changed", "unchanged"}) String change) {
}
