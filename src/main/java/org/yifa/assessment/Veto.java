package org.yifa.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A veto event inside its window that makes a unit ineligible.
 *
 * @param notation the veto condition, e.g. {@code 9.2}
 * @param event    the kind of event
 * @param date     when it happened (yyyy-mm-dd)
 * @param title    the record's title
 * @param record   the record's IRI
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Veto(String notation, String event, String date, String title, String record) {
}
