package org.yifa.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What a unit must still supply or do to become eligible in a year: its rectification plan (整改清单).
 *
 * @param eligible         whether the unit is eligible now
 * @param eligibleAfter    whether it would be, with every action done (checked by the engine on the plan's records)
 * @param eligibleFromYear the first assessment year no veto event blocks (this year when none does)
 * @param actions          what to do, by deadline, then the larger effort first
 * @param vetoes           veto events inside the window, each with the date it leaves the window
 * @param totals           per responsible body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Plan(String unit, String name, int year, boolean eligible, boolean eligibleAfter, int eligibleFromYear,
            List<Action> actions, List<VetoBlock> vetoes, List<Total> totals) {

    /**
     * One step of the plan.
     *
     * @param kind         {@code supply} (evidence records), {@code judge} (an assessor's judgement), {@code state}
     *                     (the unit states whether an event occurred in the year) or {@code resolve} (a fault
     *                     supplying records cannot mend, e.g. a judgement already given as missed)
     * @param evidenceType for supply: the type of the records; for state: the event type
     * @param count        for supply: how many records; 1 otherwise
     * @param from         for supply: first date a record may bear (null: any date up to {@code deadline})
     * @param deadline     last date a record may bear, or the assessment date for judgements
     * @param validUntilYears for supply: records must state valid_until at most this many years after their date (null: no cap)
     * @param validityRequired for supply: records must state valid_until
     * @param criteria     criteria the step serves; the engine counts each record for every one of them
     * @param items        their items
     * @param obligations  their obligations (what an assessor checks)
     * @param responsible  the bodies that carry them out
     * @param provisions   the legal basis of the items
     * @param judgedBy     for judge: who gives the judgement
     * @param detail       a sentence for people
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(String kind, String evidenceType, int count, String from, String deadline, Integer validUntilYears,
                  boolean validityRequired, List<String> criteria, List<String> items, List<String> obligations,
                  List<String> responsible, List<String> provisions, String judgedBy, String detail) {
    }

    /**
     * @param clearsOn  the first date on which the event no longer falls inside the window (null if unknown)
     * @param firstYear the first assessment year it does not count for, as the engine finds
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VetoBlock(String notation, String event, String date, String title, Integer windowYears, String windowPhrase,
                     String clearsOn, int firstYear) {
    }

    /** Records to supply (shared ones counted for each body that needs them), judgements and other steps of one body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Total(String responsible, int records, int judgements, int resolve) {
    }
}
