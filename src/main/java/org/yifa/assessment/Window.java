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
        var deadline = c.rules().stream().map(Framework.RuleDef::deadline).filter(java.util.Objects::nonNull).findFirst();
        if (deadline.isPresent()) {
            int quarter = Integer.parseInt(deadline.get().substring(1));
            return new Window(start, start.plusMonths(3L * quarter).minusDays(1), false);
        }
        if (c.hasRule(r -> "quarter".equals(r.per()))) {
            return new Window(start, end, true);
        }
        // Events are stated per year, so the handling of a year's events is proven in that year.
        if (c.hasRule(r -> "year".equals(r.per())) || c.scope().event() != null) {
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
            return (int) records.stream().filter(e -> contains(e.date())).count();
        }
        int least = Integer.MAX_VALUE;
        for (int q = 0; q < 4; q++) {
            LocalDate qFrom = from.plusMonths(3L * q);
            LocalDate qTo = qFrom.plusMonths(3).minusDays(1);
            least = Math.min(least, (int) records.stream()
                    .filter(e -> !e.date().isBefore(qFrom) && !e.date().isAfter(qTo)).count());
        }
        return least;
    }

    String describe(boolean recordsOutside) {
        String span = from.equals(LocalDate.MIN) ? "up to " + to : from + " to " + to + (quarterly ? ", in every quarter" : "");
        return "records count when dated " + span + (recordsOutside ? "; the unit's records of this type fall outside" : "");
    }
}
