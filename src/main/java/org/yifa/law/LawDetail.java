package org.yifa.law;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/laws/{slug}}: a law with its versions and the one in force on {@code date} (absent: the latest).
 * What the store does not say is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LawDetail(@Schema(example = "xzxkf") String slug, String iri, @Schema(example = "中华人民共和国行政许可法") String title,
                 @Schema(example = "行政许可法") String shortTitle, @Schema(example = "法律") String level,
                 List<Laws.Version> versions, @Schema(example = "2020-01-01") String date, LawVersionDetail version) {

    static LawDetail of(Laws.Law law, String date, LawVersionDetail version) {
        return new LawDetail(law.slug(), law.iri(), law.title(), law.shortTitle(), law.level(), law.versions(), date,
                version);
    }
}
