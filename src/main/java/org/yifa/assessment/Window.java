package org.yifa.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates in which a criterion's evidence counts for a year: the year itself for a yearly rule
 * (cut at the end of quarter k for a deadline Qk), each quarter for a quarterly rule, and any date
 * up to the year's end for standing documents; the year itself for a duty triggered by the year's events.
 */
record Window(LocalDate from, LocalDate to, boolean quarterly) {

    static Window of(Framework.CriterionDef c, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        String deadline = null;
        boolean quarterly = false;
        boolean yearly = false;
        for (Framework.RuleDef rule : c.rules()) {
            deadline = deadline != null ? deadline : rule.deadline();
            quarterly |= "quarter".equals(rule.per());
            yearly |= "year".equals(rule.per());
        }
        if (deadline != null) {
            int quarter = Integer.parseInt(deadline.substring(1));
            return new Window(start, start.plusMonths(3L * quarter).minusDays(1), false);
        }
        if (quarterly) {
            return new Window(start, end, true);
        }
        // Events are stated per year, so the handling of a year's events is proven in that year.
        if (yearly || c.scope().event() != null) {
            return new Window(start, end, false);
        }
        return new Window(LocalDate.MIN, end, false);
    }

    boolean contains(LocalDate date) {
        return within(date, from, to);
    }

    /** Records that count; for a quarterly rule the least count over the four quarters. */
    int count(List<UnitRecords.Evidence> records) {
        if (!quarterly) {
            return countWithin(records, from, to);
        }
        int least = Integer.MAX_VALUE;
        for (int q = 0; q < 4; q++) {
            LocalDate qFrom = from.plusMonths(3L * q);
            least = Math.min(least, countWithin(records, qFrom, qFrom.plusMonths(3).minusDays(1)));
        }
        return least;
    }

    private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** A plain loop: this runs for every unit, criterion and requirement of a full assessment. */
    private static int countWithin(List<UnitRecords.Evidence> records, LocalDate first, LocalDate last) {
        int in = 0;
        for (UnitRecords.Evidence e : records) {
            in += within(e.date(), first, last) ? 1 : 0;
        }
        return in;
    }

    String describe(boolean recordsOutside) {
        String span = from.equals(LocalDate.MIN) ? "up to " + to : from + " to " + to + (quarterly ? ", in every quarter" : "");
        return "records count when dated " + span + (recordsOutside ? "; the unit's records of this type fall outside" : "");
    }
}
