package org.yifa.law;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A curated counterpart of a linked article in another law or version ({@code data/links/counterparts.csv}), with
 * its provenance ({@code source}: file and line) and rationale; what the row leaves empty is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counterpart(@Schema(example = "1.4") String item, @Schema(example = "successor") String relation,
                          @Schema(example = "行政复议法") String law, @Schema(example = "2023-09-01") String version,
                          Integer article, Integer paragraph, String quote, String rationale, boolean verified,
                          @Schema(example = "data/links/counterparts.csv:12") String source) {

}
