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
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Records that count; for a quarterly rule the least count over the four quarters. */
    int count(List<UnitRecords.Evidence> records) {
        if (!quarterly) {
            int in = 0;
            for (UnitRecords.Evidence e : records) {
                in += contains(e.date()) ? 1 : 0;
            }
            return in;
        }
        int least = Integer.MAX_VALUE;
        for (int q = 0; q < 4; q++) {
            LocalDate qFrom = from.plusMonths(3L * q);
            LocalDate qTo = qFrom.plusMonths(3).minusDays(1);
            int in = 0;
            for (UnitRecords.Evidence e : records) {
                in += !e.date().isBefore(qFrom) && !e.date().isAfter(qTo) ? 1 : 0;
            }
            least = Math.min(least, in);
        }
        return least;
    }

    String describe(boolean recordsOutside) {
        String span = from.equals(LocalDate.MIN) ? "up to " + to : from + " to " + to + (quarterly ? ", in every quarter" : "");
        return "records count when dated " + span + (recordsOutside ? "; the unit's records of this type fall outside" : "");
    }
}
