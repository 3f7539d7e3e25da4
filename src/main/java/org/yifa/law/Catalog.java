package org.yifa.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An index of legal instruments (title, level, published, in_force_from, superseded, category), as
 * exported by a legal database; {@code data/laws/catalog.csv} stands in for one.
 */
public final class Catalog {

    /** One row; {@code line} is its line in the file. Empty strings where a cell is empty. */
    public record Row(int line, String title, String level, String published, String inForceFrom,
            boolean superseded, String category) {

        @Override
        public String toString() {
            return "line " + line + ": " + title + " | " + level + " | published " + dash(published)
                    + " | in force " + dash(inForceFrom) + (superseded ? " | superseded" : "");
        }

        private static String dash(String s) {
            return s.isEmpty() ? "-" : s;
        }
    }

    /** The outcome of looking up one title. */
    public enum Outcome { MATCHED, AMBIGUOUS, UNMATCHED }

    /** Rows found for a title: one when matched, several when ambiguous, none when unmatched. */
    public record Match(Outcome outcome, List<Row> rows) {
    }

    private final String file;
    private final List<Row> rows;
    private final Map<String, List<Row>> byTitle;

    private Catalog(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
        this.byTitle = rows.stream().collect(Collectors.groupingBy(r -> Titles.normalise(r.title())));
    }

    public static Catalog parse(String file, String csv) {
        List<Row> rows = Csv.parse(file, csv, "title", "level", "published", "in_force_from", "superseded", "category")
                .stream()
                .map(r -> new Row(r.line(), r.get("title"), r.get("level"), r.get("published"), r.get("in_force_from"),
                        r.get("superseded").equals("1"), r.get("category")))
                .toList();
        return new Catalog(file, rows);
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The rows for a title (compared after {@link Titles#normalise}); where several rows share the title,
     * the one published on the version date, if exactly one is.
     */
    public Match match(String title, LocalDate versionDate) {
        List<Row> candidates = byTitle.getOrDefault(Titles.normalise(title), List.of());
        if (candidates.isEmpty()) {
            return new Match(Outcome.UNMATCHED, List.of());
        }
        if (candidates.size() == 1) {
            return new Match(Outcome.MATCHED, candidates);
        }
        List<Row> sameDay = versionDate == null ? List.of()
                : candidates.stream().filter(r -> r.published().equals(versionDate.toString())).toList();
        return sameDay.size() == 1 ? new Match(Outcome.MATCHED, sameDay) : new Match(Outcome.AMBIGUOUS, candidates);
    }
}
