package org.yifa.criteria;

import java.util.List;

/**
 * The kind of event a veto condition describes, the evidence types that record such an event, and
 * the window read from the part's group title (近两年内 → 2 years).
 */
public record VetoEvent(String item, String event, List<String> recordedBy, PeriodRule window, int line) {
}
