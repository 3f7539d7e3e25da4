package org.yifa.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a criterion is not (fully) met, as data.
 *
 * @param kind         missing-evidence, insufficient-count, outside-period, validity-exceeds-cap,
 *                     validity-not-stated, judgement-pending, judged-missed
 * @param criterion    the criterion id, e.g. {@code 7.4-1}
 * @param obligation   the criterion's obligation sentence
 * @param evidenceType slug of the evidence type concerned, or null
 * @param required     records required, or null
 * @param found        records found that count, or null
 * @param provisions   the provisions the item rests on, e.g. {@code 行政许可法 第十二条}
 * @param responsible  the responsible body (zh label)
 * @param detail       a sentence for people, e.g. the window that applied or the assessor's reason
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String kind, String criterion, String obligation, String evidenceType, Integer required,
                     Integer found, List<String> provisions, String responsible, String detail) {
}
