package org.yifa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One hit; the fields that do not apply to its kind are absent. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record SearchHit(String iri, @Schema(allowableValues = {"item", "provision", "law", "criterion"}) String kind,
                 @Schema(example = "1.4") String notation, String item, String law, String version,
                 @Schema(example = "第十二条") String article, String paragraph, String title,
                 @Schema(example = "3.2") double score,
                 @Schema(description = "the matched words wrapped in <em>", example = "实施<em>行政许可</em>……") String snippet) {

    static SearchHit of(TextSearch.Hit hit) {
        return new SearchHit(hit.iri(), hit.kind(), hit.notation(), hit.item(), hit.law(), hit.version(), hit.article(),
                hit.paragraph(), hit.title(), hit.score(), hit.snippet());
    }
}
