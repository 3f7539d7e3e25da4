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
        boolean any = false;
        boolean allMet = true;
        boolean allMissed = true;
        boolean metOrAwaiting = true;
        for (Status s : criteria) {
            if (s != NOT_APPLICABLE) {
                any = true;
                allMet &= s == MET;
                allMissed &= s == MISSED;
                metOrAwaiting &= s == MET || s == NEEDS_JUDGEMENT;
            }
        }
        return !any ? NOT_APPLICABLE : allMet ? MET : allMissed ? MISSED : metOrAwaiting ? NEEDS_JUDGEMENT : PARTLY_MET;
    }
}
