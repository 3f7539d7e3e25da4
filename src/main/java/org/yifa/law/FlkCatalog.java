package org.yifa.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The index of the national database 国家法律法规数据库 ({@code data/laws/flk-catalog.csv}): one entry per
 * version of a law or regulation with its dates, status on the snapshot day and id ({@code bbbs}).
 * Matched to shipped texts by normalised title ({@link Titles#normalise}) and version date.
 */
public final class FlkCatalog {

    /** One entry; dates null where the cell is empty. {@code line} is its line in the file. */
    public record Entry(int line, String title, LocalDate versionDate, LocalDate published, LocalDate inForce,
            String status, String author, String group, String bbbs) {
    }

    private final Map<String, List<Entry>> byTitle;

    private FlkCatalog(List<Entry> entries) {
        this.byTitle = entries.stream().collect(Collectors.groupingBy(e -> Titles.normalise(e.title())));
    }

    /** No catalog: nothing is known. */
    static FlkCatalog empty() {
        return new FlkCatalog(List.of());
    }

    static FlkCatalog parse(String file, String csv) {
        List<Entry> entries = Csv.parse(file, csv, "title", "version_date", "publication_date", "effective_date",
                "status", "author", "group", "flk_bbbs").stream().map(r -> {
                    if (r.get("title").isEmpty() || !r.get("flk_bbbs").matches("[0-9a-f]{32}")) {
                        throw r.error("expected a title and flk_bbbs of 32 hexadecimal digits");
                    }
                    return new Entry(r.line(), r.get("title"), date(r, "version_date"), date(r, "publication_date"),
                            date(r, "effective_date"), r.get("status"), r.get("author"), r.get("group"), r.get("flk_bbbs"));
                }).toList();
        return new FlkCatalog(entries);
    }

    /** Every version the catalog lists for the title, oldest first (entries without a version date last). */
    public List<Entry> versions(String title) {
        return byTitle.getOrDefault(Titles.normalise(title), List.of()).stream()
                .sorted(Comparator.comparing(Entry::versionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Entry::line))
                .toList();
    }

    /** The entry for this title and version date; of two entries for one version (the database holds both), the first. */
    public Optional<Entry> find(String title, LocalDate versionDate) {
        return versions(title).stream().filter(e -> versionDate.equals(e.versionDate())).findFirst();
    }

    private static LocalDate date(Csv.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw row.error(column + " must be a date yyyy-mm-dd: '" + v + "'");
        }
    }
}
