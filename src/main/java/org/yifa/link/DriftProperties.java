package org.yifa.link;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the drift report reads time.
 *
 * @param referenceDate       the date the checklist speaks from ({@code yifa.drift.reference-date}); unset, the
 *                            checklist's own date as the framework graph records it ({@link ChecklistTime})
 * @param similarityThreshold least character-bigram Jaccard similarity for an article of a newer version to count
 *                            as the same article ({@code yifa.drift.similarity-threshold})
 */
@ConfigurationProperties("yifa.drift")
public record DriftProperties(
        LocalDate referenceDate,
        @DefaultValue("0.6") double similarityThreshold) {
}
