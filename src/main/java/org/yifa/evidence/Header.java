package org.yifa.evidence;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a sheet or CSV file: lower-case column names in any order, each column of the
 * kind exactly once, nothing else. Row 1 in every message.
 */
final class Header {

    private Header() {
    }

    static String normalise(String cell) {
        return cell == null ? "" : cell.replace("\ufeff", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The kind whose columns a CSV header names most of; empty when none or a tie. */
    static Optional<Kind> recognise(List<String> cells) {
        Set<String> names = new HashSet<>(cells.stream().map(Header::normalise).toList());
        Map<Kind, Long> overlap = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            overlap.put(kind, kind.columnNames().stream().filter(names::contains).count());
        }
        // Columns the kinds share (date, title, …) do not decide; the best must beat the runner-up.
        List<Map.Entry<Kind, Long>> ranked = overlap.entrySet().stream()
                .sorted(Map.Entry.<Kind, Long>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.get(0).getValue() == 0 || ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    /**
     * Checks the header against the kind's columns and maps cell index to column name; reports
     * every missing, unknown or repeated column and returns null when there was any.
     */
    static Map<Integer, String> check(Kind kind, List<String> cells, String sheet, Problems problems) {
        Position row1 = Position.row(sheet, 1);
        String expected = String.join(", ", kind.columnNames());
        Map<Integer, String> columns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int before = problems.size();
        int last = cells.size() - 1;
        while (last >= 0 && normalise(cells.get(last)).isEmpty()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            String name = normalise(cells.get(i));
            if (name.isEmpty()) {
                problems.add(row1, columnLabel(i), "header cell " + columnLabel(i) + " is empty; the "
                        + kind.sheet() + " columns are: " + expected);
            } else if (kind.column(name).isEmpty()) {
                problems.add(row1, name, "unknown column '" + cells.get(i).strip() + "'; the " + kind.sheet()
                        + " columns are: " + expected);
            } else if (!seen.add(name)) {
                problems.add(row1, name, "column '" + name + "' appears twice in the header row");
            } else {
                columns.put(i, name);
            }
        }
        for (String name : kind.columnNames()) {
            if (!seen.contains(name)) {
                problems.add(row1, name, "column '" + name + "' is missing from the header row; the "
                        + kind.sheet() + " columns are: " + expected);
            }
        }
        return problems.size() == before ? columns : null;
    }

    /** A spreadsheet column letter for a 0-based index: 0 → A, 26 → AA. */
    static String columnLabel(int index) {
        return org.yifa.csv.CsvTable.columnLabel(index);
    }

    static String kinds() {
        return String.join("; ", Arrays.stream(Kind.values())
                .map(k -> k.sheet() + ": " + String.join(",", k.columnNames())).toList());
    }
}
