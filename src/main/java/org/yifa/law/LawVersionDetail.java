package org.yifa.law;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One version of a law: its dates, who passed it, its articles' count and the versions it amends or replaces. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LawVersionDetail(@Schema(example = "2019-04-23") String date, String iri, String title,
                        @Schema(example = "2019-04-23") String adopted, String published,
                        @Schema(example = "2019-04-23") String inForce,
                        @Schema(example = "全国人民代表大会常务委员会") String passedBy, String level, String flkId,
                        String nationalDatabasePage, @Schema(example = "83") Integer articles,
                        @Schema(description = "IRIs of the versions it amends") List<String> amends,
                        @Schema(description = "IRIs of the works it replaces") List<String> replaces) {
}
