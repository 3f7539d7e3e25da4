package org.yifa.link;

import java.util.List;

import org.yifa.law.Counterpart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code GET /api/items/{notation}/basis?date=}: per curated link of the item, the law as in force on
 * {@code date}. Parts that do not apply are absent; values that are unknown are {@code null}.
 */
@Schema(description = "The provisions an item rests on, as in force on a date")
public record BasisOnDate(@Schema(example = "1.4") String notation,
                          @Schema(description = "the day asked about (today when not given)", example = "2016-01-01")
                          String date,
                          @Schema(description = "the checklist's reference date", example = "2016-01-01")
                          String checklistDate,
                          @Schema(description = "the item's curated links, in the order of its provisions")
                          List<BasisLink> links) {

    /**
     * One curated link and the law it names as in force on the day.
     *
     * @param onDate               the law (or the instrument that replaced it) in force that day; null when the
     *                             catalog does not know the law
     * @param quoteOnChecklistDate whether the quoted words stood in the law in force on the checklist's date
     */
    @Schema(description = "A curated link of an item and the state of its law on the day")
    public record BasisLink(@Schema(example = "行政复议法") String law,
                            @Schema(description = "the linked version's date", example = "2017-09-01") String version,
                            @Schema(example = "3") int article,
                            @Schema(types = {"integer", "null"}, example = "1") Integer paragraph,
                            @Schema(description = "how the item rests on the provision", example = "direct") String kind,
                            @Schema(description = "the words of the law the link rests on") String quote,
                            @Schema(types = {"object", "null"}) LawOnDate onDate,
                            @Schema(allowableValues = {"yes", "no", "unknown"}) String quoteOnChecklistDate) {
    }

    /**
     * The state of a linked law on a day, and the version that applies then: for {@code replaced} the successor's
     * version, with the replaced one under {@code replacedVersion}. The article part is absent when the law is not
     * yet enacted or its text is not shipped ({@code held: false}).
     */
    @Schema(description = "A linked law on a day: its status, the version that applies, the corresponding article")
    public record LawOnDate(@Schema(allowableValues = {"in-force", "not-yet-enacted", "replaced"},
                                    example = "in-force") String status,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(description = "present only for status replaced: the version replaced")
                            LawVersionFacts replacedVersion,
                            @Schema(description = "short title of the law that applies", example = "行政复议法") String law,
                            @JsonUnwrapped LawVersionFacts version,
                            @JsonUnwrapped ArticleOnDate there) {
    }

    /** A version of a law as the catalog knows it; dates and the database page are null when unknown. */
    @Schema(description = "A version of a law as the catalog knows it")
    public record LawVersionFacts(@Schema(example = "中华人民共和国行政复议法") String title,
                                  @Schema(example = "2023-09-01") String versionDate,
                                  @Schema(types = {"string", "null"}, example = "2024-01-01") String inForce,
                                  @Schema(types = {"string", "null"}, example = "2023-09-01") String published,
                                  @Schema(types = {"string", "null"}, description = "the catalog's status of the version",
                                          example = "现行有效") String catalogStatus,
                                  @Schema(description = "whether the version's text is shipped") boolean held,
                                  @Schema(types = {"string", "null"}) String nationalDatabasePage) {
    }

    /**
     * The article of the applying version that corresponds to the link's article (all null when none does), how it
     * was found, and the curated counterparts.
     */
    @Schema(description = "The corresponding article in the version that applies")
    public record ArticleOnDate(@Schema(types = {"integer", "null"}, example = "3") Integer article,
                                @Schema(types = {"string", "null"}, example = "第三条") String articleNumber,
                                @Schema(types = {"string", "null"}) String articleText,
                                ArticleCorrespondence correspondence,
                                List<Counterpart> counterparts) {
    }

    /** How the article was found: {@code same}, {@code curated}, {@code curated-no-legal-object}, {@code similarity} or {@code none}. */
    @Schema(description = "How the corresponding article was found, with the texts' similarity")
    public record ArticleCorrespondence(@Schema(allowableValues = {"same", "curated", "curated-no-legal-object",
            "similarity", "none"}) String method,
                                        @Schema(description = "character-bigram Jaccard similarity", example = "0.82")
                                        double score) {
    }
}
