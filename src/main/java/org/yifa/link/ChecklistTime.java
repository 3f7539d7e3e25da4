package org.yifa.link;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.yifa.framework.ChecklistDate;
import org.yifa.framework.FrameworkSource;

/** The date the checklist speaks from: {@code yifa.drift.reference-date} where set, else the checklist's own date. */
@Component
public class ChecklistTime {

    private final DriftProperties properties;
    private final FrameworkSource framework;

    ChecklistTime(DriftProperties properties, FrameworkSource framework) {
        this.properties = properties;
        this.framework = framework;
    }

    public LocalDate referenceDate() {
        if (properties.referenceDate() != null) {
            return properties.referenceDate();
        }
        return framework.checklistDate().map(ChecklistDate::date).orElseThrow(() -> new IllegalStateException(
                "The checklist writes no date and yifa.drift.reference-date is not set: set it to the date the checklist speaks from"));
    }

    /** How the date is known: {@code configured}, or the checklist's certainty ({@code approximate}, {@code lower-bound}). */
    public String certainty() {
        return properties.referenceDate() != null ? "configured"
                : framework.checklistDate().map(ChecklistDate::certainty).orElse("unknown");
    }

    /** The checklist's words that date it, or null where the date is configured. */
    public String evidence() {
        return properties.referenceDate() != null ? null : framework.checklistDate().map(ChecklistDate::quote).orElse(null);
    }
}
