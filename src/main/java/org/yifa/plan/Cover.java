package org.yifa.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fewest records of one evidence type that make up every criterion's shortfall: greedily, the
 * dates that count for the most criteria still short first. Where the windows are nested (the year,
 * a deadline inside it, any date up to the year's end) this is the least number: the largest shortfall.
 */
final class Cover {

    private Cover() {
    }

    /** A criterion short of {@code deficit} records, counting them on {@code dates}. */
    record Need(String criterion, int deficit, NavigableSet<LocalDate> dates) {
    }

    /** {@code count} records dated on any of {@code dates}, each counted for every one of {@code criteria}. */
    record Group(List<String> criteria, int count, NavigableSet<LocalDate> dates) {
    }

    static List<Group> of(List<Need> needs, int year) {
        Map<String, Integer> left = new HashMap<>();
        needs.forEach(n -> left.merge(n.criterion(), n.deficit(), Math::max));
        LocalDate first = LocalDate.of(year, 1, 1);
        List<Group> groups = new ArrayList<>();
        while (true) {
            // Each candidate date (inside the year) with the criteria still short that count it.
            Map<LocalDate, List<String>> served = new TreeMap<>();
            for (Need n : needs) {
                if (left.get(n.criterion()) > 0) {
                    n.dates().tailSet(first, true).forEach(d -> served.computeIfAbsent(d, k -> new ArrayList<>()).add(n.criterion()));
                }
            }
            if (served.isEmpty()) {
                return groups;
            }
            // Most criteria first; of equals, the earliest date (the tightest deadline gets its own records first).
            List<String> best = served.values().stream()
                    .max(Comparator.comparingInt((List<String> s) -> s.size())).orElseThrow();
            List<String> criteria = best.stream().distinct().sorted().toList();
            NavigableSet<LocalDate> dates = new TreeSet<>();
            boolean firstNeed = true;
            for (Need n : needs) {
                if (criteria.contains(n.criterion())) {
                    if (firstNeed) {
                        dates.addAll(n.dates());
                        firstNeed = false;
                    } else {
                        dates.retainAll(n.dates());
                    }
                }
            }
            int count = criteria.stream().mapToInt(left::get).min().orElseThrow();
            criteria.forEach(c -> left.merge(c, -count, Integer::sum));
            groups.add(new Group(criteria, count, dates));
        }
    }
}
