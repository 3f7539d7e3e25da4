package org.yifa.progress;

import org.yifa.assessment.Status;

/**
 * How an item's status moved from one assessed year to the next. Statuses are ordered missed <
 * partly-met, needs-judgement < met; a move between the two middle ones is {@code changed}.
 */
enum Change {
    IMPROVING("improving"),
    REGRESSING("regressing"),
    NEWLY_APPLICABLE("newly-applicable"),
    NO_LONGER_APPLICABLE("no-longer-applicable"),
    CHANGED("changed"),
    UNCHANGED("unchanged");

    final String label;

    Change(String label) {
        this.label = label;
    }

    static Change of(Status before, Status after) {
        if (before == after) {
            return UNCHANGED;
        }
        if (before == Status.NOT_APPLICABLE) {
            return NEWLY_APPLICABLE;
        }
        if (after == Status.NOT_APPLICABLE) {
            return NO_LONGER_APPLICABLE;
        }
        int by = rank(after) - rank(before);
        return by > 0 ? IMPROVING : by < 0 ? REGRESSING : CHANGED;
    }

    private static int rank(Status status) {
        return switch (status) {
            case MISSED -> 0;
            case MET -> 2;
            default -> 1;
        };
    }
}
