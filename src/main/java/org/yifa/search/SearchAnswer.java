package org.yifa.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /api/search}: the ranked hits for the words of {@code q}, and how they were looked up. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchAnswer(@Schema(example = "行政许可") String q,
                    @Schema(allowableValues = {"item", "provision", "law", "criterion"}, description = "absent: every kind")
                    String kind,
                    @Schema(example = "[\"行政\", \"许可\"]") List<String> words,
                    @Schema(description = "the query given to the text index") String luceneQuery,
                    List<SearchHit> hits,
                    @Schema(description = "true on a remote store: substrings matched instead of the text index")
                    boolean degraded) {
}
