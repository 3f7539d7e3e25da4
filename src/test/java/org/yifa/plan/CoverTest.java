package org.yifa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The fewest records: nested windows share records, disjoint ones cannot. */
class CoverTest {

    private static NavigableSet<LocalDate> days(String from, String to) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    @Test
    void nestedWindowsNeedOnlyTheLargestShortfallAndTheTightestDeadlineComesWithItsOwnDates() {
        NavigableSet<LocalDate> standing = days("2024-12-31", "2025-12-31");
        List<Cover.Group> groups = Cover.of(List.of(
                new Cover.Need("a", 1, days("2025-01-01", "2025-03-31")),
                new Cover.Need("b", 2, days("2025-01-01", "2025-12-31")),
                new Cover.Need("c", 1, standing)), 2025);
        assertThat(groups.stream().mapToInt(Cover.Group::count).sum()).isEqualTo(2);
        assertThat(groups.get(0).criteria()).containsExactly("a", "b", "c");
        assertThat(groups.get(0).dates().last()).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThat(groups.get(1).criteria()).containsExactly("b");
        assertThat(groups.get(1).dates().first()).isEqualTo(LocalDate.parse("2025-01-01"));
    }

    @Test
    void disjointWindowsNeedRecordsOfTheirOwn() {
        List<Cover.Group> groups = Cover.of(List.of(
                new Cover.Need("q1", 1, days("2025-01-01", "2025-03-31")),
                new Cover.Need("h2", 2, days("2025-07-01", "2025-12-31"))), 2025);
        assertThat(groups).hasSize(2);
        assertThat(groups.stream().mapToInt(Cover.Group::count).sum()).isEqualTo(3);
    }

    @Test
    void aStandingDocumentMayBearAnyEarlierDate() {
        List<Cover.Group> groups = Cover.of(List.of(new Cover.Need("s", 1, days("2024-12-31", "2025-12-31"))), 2025);
        assertThat(Windows.open(groups.get(0).dates(), 2025)).isTrue();
        assertThat(Windows.open(days("2025-01-01", "2025-12-31"), 2025)).isFalse();
    }
}
