package org.yifa.link;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the drift report reads time.
 *
 * @param referenceDate       the date the checklist speaks from ({@code yifa.drift.reference-date}); it names
 *                            2016-01-01 as a past date, so the law in force then is what it was written against
 * @param similarityThreshold least character-bigram Jaccard similarity for an article of a newer version to count
 *                            as the same article ({@code yifa.drift.similarity-threshold})
 */
@ConfigurationProperties("yifa.drift")
public record DriftProperties(
        @DefaultValue("2016-01-01") LocalDate referenceDate,
        @DefaultValue("0.6") double similarityThreshold) {
}
