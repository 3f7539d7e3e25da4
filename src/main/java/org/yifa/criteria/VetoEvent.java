package org.yifa.criteria;

import java.util.List;

/**
 * The kind of event a veto condition describes, the evidence types that record such an event, and
 * the window read from the part's group title (近两年内 → 2 years).
 *
 * @param appliesTo  unit-type IRIs the condition binds (curated, plus those its {@code scopeWords} name);
 *                   empty when it binds every unit
 * @param scopeWords the words of the condition that name who is bound, or null
 */
public record VetoEvent(String item, String event, List<String> recordedBy, PeriodRule window, List<String> appliesTo,
                        String scopeWords, int line) {
}
