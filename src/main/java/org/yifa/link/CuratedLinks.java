package org.yifa.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yifa.store.InvalidInputException;

/**
 * Reads and checks the curated link files ({@code data/links/area-*.csv}, format in
 * {@code data/links/README.md}) against the items and the law graph. The first bad row stops
 * the build with its file, line and column.
 */
final class CuratedLinks {

    static final List<String> COLUMNS =
            List.of("item", "law", "version", "article", "paragraph", "kind", "quote", "rationale", "verified");
    private static final Set<String> KINDS = Set.of("cites", "implements", "restates", "parallels", "none");

    /** A checked link of an item to a provision (an article, or a paragraph when {@code paragraph} is set). */
    record Link(String file, int line, String item, LawCatalog.Work work, LawCatalog.Version version,
                int article, Integer paragraph, String provisionIri, String kind, String quote,
                String rationale, boolean verified) {
    }

    /** An item that rests on no specific provision, and why. */
    record NoBasis(String file, int line, String item, String reason, boolean verified) {
    }

    record Result(List<Link> links, List<NoBasis> none) {
    }

    private CuratedLinks() {
    }

    /**
     * @param items notation → item IRI, of every item of the checklist
     */
    static Result read(List<CsvTable> files, Set<String> items, LawCatalog laws) {
        List<Link> links = new ArrayList<>();
        List<NoBasis> none = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> firstRowOfItem = new LinkedHashMap<>();
        Set<String> itemsWithNone = new HashSet<>();
        for (CsvTable table : files) {
            if (!table.header().equals(COLUMNS)) {
                throw new InvalidInputException(table.file(), 1,
                        "header must read " + String.join(",", COLUMNS) + " but reads " + String.join(",", table.header()));
            }
            for (CsvTable.Row row : table.rows()) {
                Cells c = new Cells(table.file(), row);
                String item = c.required("item");
                if (!items.contains(item)) {
                    throw c.error("item", "no item '" + item + "' in the checklist (notations read part.number, e.g. 1.4)");
                }
                String kind = c.required("kind");
                if (!KINDS.contains(kind)) {
                    throw c.error("kind", "'" + kind + "' is not one of cites, implements, restates, parallels, none");
                }
                String rationale = c.required("rationale");
                String verifiedText = c.required("verified");
                if (!verifiedText.equals("yes") && !verifiedText.equals("no")) {
                    throw c.error("verified", "'" + verifiedText + "' must be yes or no");
                }
                boolean verified = verifiedText.equals("yes");
                String where = table.file() + ":" + row.line();
                if (kind.equals("none")) {
                    for (String column : List.of("law", "version", "article", "paragraph", "quote")) {
                        if (!c.get(column).isEmpty()) {
                            throw c.error(column, "must be empty in a 'none' row");
                        }
                    }
                    if (firstRowOfItem.containsKey(item) || !itemsWithNone.add(item)) {
                        throw c.error("kind", "item " + item + " already has a row at "
                                + firstRowOfItem.getOrDefault(item, "an earlier line") + "; 'none' must be its only row");
                    }
                    firstRowOfItem.put(item, where);
                    none.add(new NoBasis(table.file(), row.line(), item, rationale, verified));
                    continue;
                }
                if (itemsWithNone.contains(item)) {
                    throw c.error("kind", "item " + item + " has a 'none' row at " + firstRowOfItem.get(item)
                            + " and cannot also rest on a provision");
                }
                String lawTitle = c.required("law");
                LawCatalog.Work work = laws.byShortTitle(lawTitle).orElseThrow(() -> c.error("law",
                        "no law '" + lawTitle + "' in the law graph (use the short title of its file name, e.g. 行政许可法)"));
                LawCatalog.Version version = version(c, work);
                int article = c.positiveInt("article");
                Integer paragraph = c.get("paragraph").isEmpty() ? null : c.positiveInt("paragraph");
                String articleIri = version.article(article);
                Optional<String> articleText = laws.text(articleIri);
                if (articleText.isEmpty()) {
                    throw c.error("article", lawTitle + " (" + version.date() + ") has no article " + article);
                }
                String provisionIri = paragraph == null ? articleIri : version.paragraph(article, paragraph);
                Optional<String> text = paragraph == null ? articleText : laws.text(provisionIri);
                if (text.isEmpty()) {
                    throw c.error("paragraph", lawTitle + " (" + version.date() + ") article " + article
                            + " has no paragraph " + paragraph);
                }
                String quote = c.required("quote");
                if (!text.get().contains(quote)) {
                    throw c.error("quote", "'" + quote + "' does not occur in " + lawTitle + " (" + version.date()
                            + ") article " + article + (paragraph == null ? "" : " paragraph " + paragraph));
                }
                String previous = seen.putIfAbsent(item + " " + provisionIri, where);
                if (previous != null) {
                    throw c.error(paragraph == null ? "article" : "paragraph",
                            "item " + item + " is already linked to this provision at " + previous);
                }
                firstRowOfItem.putIfAbsent(item, where);
                links.add(new Link(table.file(), row.line(), item, work, version, article, paragraph, provisionIri,
                        kind, quote, rationale, verified));
            }
        }
        return new Result(List.copyOf(links), List.copyOf(none));
    }

    private static LawCatalog.Version version(Cells c, LawCatalog.Work work) {
        String date = c.get("version");
        List<LawCatalog.Version> versions = work.versions();
        if (date.isEmpty()) {
            if (versions.size() != 1) {
                throw c.error("version", work.shortTitle() + " has " + versions.size() + " versions ("
                        + versions.stream().map(LawCatalog.Version::date).toList() + "): name one");
            }
            return versions.get(0);
        }
        return versions.stream().filter(v -> v.date().equals(date)).findFirst().orElseThrow(() -> c.error("version",
                work.shortTitle() + " has no version " + date + "; the law graph holds "
                        + versions.stream().map(LawCatalog.Version::date).toList()));
    }

    /** The cells of one row by column name. */
    private record Cells(String file, CsvTable.Row row) {

        Cells {
            if (row.fields().size() != COLUMNS.size()) {
                throw new InvalidInputException(file, row.line(), "the row has " + row.fields().size()
                        + " fields but the header " + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")");
            }
        }

        String get(String column) {
            return row.fields().get(COLUMNS.indexOf(column)).strip();
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column, "is empty");
            }
            return value;
        }

        int positiveInt(String column) {
            String value = required(column);
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(column, "'" + value + "' is not a positive integer");
        }

        InvalidInputException error(String column, String message) {
            return new InvalidInputException(file, row.line(), "column '" + column + "': " + message);
        }
    }
}
