package org.yifa.law;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/provisions}: an article or paragraph of a law version, its words as shipped in data/laws/, the
 * items resting on it and where it stands now ({@code now}; absent when the version is the last).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProvisionDetail(String iri, @Schema(example = "行政许可法") String law, @Schema(example = "xzxkf") String slug,
                       @Schema(example = "中华人民共和国行政许可法") String title,
                       @Schema(example = "2019-04-23") String version, String versionIri,
                       @Schema(example = "12") int article, @Schema(example = "第十二条") String numberZh,
                       @Schema(description = "absent for a whole article") Integer paragraph,
                       @Schema(description = "the provision's words") String text,
                       List<ProvisionItem> items, ProvisionNow now) {
}
