package org.yifa.assessment;

/** The outcome of a criterion or an item for one unit and year. */
public enum Status {
    MET("met"),
    PARTLY_MET("partly-met"),
    MISSED("missed"),
    NOT_APPLICABLE("not-applicable"),
    NEEDS_JUDGEMENT("needs-judgement");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The form used in JSON and RDF, e.g. {@code partly-met}. */
    public String label() {
        return label;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    String json() {
        return label;
    }

    /**
     * An item's status from its applicable criteria: none → not-applicable; all met → met; all
     * missed → missed; every non-met one awaiting judgement → needs-judgement; else partly-met.
     */
    static Status rollUp(java.util.Collection<Status> criteria) {
        var applicable = criteria.stream().filter(s -> s != NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return NOT_APPLICABLE;
        }
        if (applicable.stream().allMatch(s -> s == MET)) {
            return MET;
        }
        if (applicable.stream().allMatch(s -> s == MISSED)) {
            return MISSED;
        }
        if (applicable.stream().allMatch(s -> s == MET || s == NEEDS_JUDGEMENT)) {
            return NEEDS_JUDGEMENT;
        }
        return PARTLY_MET;
    }
}
