package org.yifa.law;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an article of an older version stands in the last shipped successor: curated counterparts first, text
 * similarity where none is curated; {@code article}, {@code numberZh}, {@code text} absent when nothing matched,
 * {@code score} absent unless matched by similarity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProvisionNow(@Schema(example = "行政复议法") String law, String title, @Schema(example = "2023-09-01") String version,
                    @Schema(allowableValues = {"curated", "similarity", "none"}) String method,
                    @Schema(description = "character-bigram Jaccard similarity", example = "0.82") Double score,
                    Integer article, String numberZh, String text, List<Counterpart> counterparts) {
}
