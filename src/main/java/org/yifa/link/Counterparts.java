package org.yifa.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.yifa.law.Counterpart;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawText;
import org.yifa.store.load.DataFiles;
import org.yifa.store.InvalidInputException;

/**
 * The curated correspondences of {@code data/links/counterparts.csv} (see data/links/README.md): for a link
 * row of an item, the same basis in another version of the law or in a successor instrument. Checked
 * against the texts: the link row exists, the other provision is shipped, and its quote is verbatim in it.
 */
public final class Counterparts {

    public static final String FILE = "data/links/counterparts.csv";
    static final Set<String> RELATIONS = Set.of("same", "reworded", "renumbered", "narrowed", "widened", "moved",
            "no-legal-object");
    private static final List<String> HEADER = List.of("item", "law", "version", "article", "paragraph", "other_law",
            "other_version", "other_article", "other_paragraph", "relation", "quote", "rationale", "verified");

    /** One row; {@code otherArticle} null for {@code no-legal-object}. */
    public record Row(int line, String item, String law, LocalDate version, int article, Integer paragraph,
            String otherLaw, LocalDate otherVersion, Integer otherArticle, Integer otherParagraph, String relation,
            String quote, String rationale, boolean verified) {
    }

    /** A link row as the checks see it: item, law short title, version, article, paragraph. */
    public record LinkKey(String item, String law, LocalDate version, int article, Integer paragraph) {
    }

    private final List<Row> rows;

    private Counterparts(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Every curated counterpart of a link in {@code otherLaw} at {@code otherVersion}, in file order: a link
     * may have two (e.g. {@code moved} for the governments an item binds, {@code no-legal-object} for its departments).
     */
    public List<Row> of(LinkKey link, String otherLaw, LocalDate otherVersion) {
        return rows.stream().filter(r -> r.item().equals(link.item()) && r.law().equals(link.law())
                && r.version().equals(link.version()) && r.article() == link.article()
                && java.util.Objects.equals(r.paragraph(), link.paragraph())
                && r.otherLaw().equals(otherLaw) && r.otherVersion().equals(otherVersion)).toList();
    }

    /** Every curated counterpart of an article (whatever item's link) in {@code otherLaw} at {@code otherVersion}. */
    public List<Row> ofArticle(String law, LocalDate version, int article, String otherLaw, LocalDate otherVersion) {
        return rows.stream().filter(r -> r.law().equals(law) && r.version().equals(version) && r.article() == article
                && r.otherLaw().equals(otherLaw) && r.otherVersion().equals(otherVersion)).toList();
    }

    /** The shipped file, or none where it is absent. */
    public static Counterparts shipped(LawCorpus laws, List<LinkKey> links) {
        String text;
        try {
            text = DataFiles.readText(FILE);
        } catch (IllegalStateException e) {
            return new Counterparts(List.of());
        }
        return parse(FILE, text, laws, links);
    }

    /** Reads and checks {@code text}; throws naming file, line and field on the first problem. */
    public static Counterparts parse(String file, String text, LawCorpus laws, List<LinkKey> links) {
        CsvTable table = CsvTable.parse(file, text);
        if (!table.header().equals(HEADER)) {
            throw new InvalidInputException(file, 1, "header must read " + String.join(",", HEADER));
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            List<String> f = r.fields();
            if (f.size() != HEADER.size()) {
                throw new InvalidInputException(file, r.line(), "expected " + HEADER.size() + " fields, found " + f.size());
            }
            String relation = f.get(9).strip();
            if (!RELATIONS.contains(relation)) {
                throw new InvalidInputException(file, r.line(), "relation must be one of " + RELATIONS + ": '" + relation + "'");
            }
            boolean noObject = relation.equals("no-legal-object");
            Row row = new Row(r.line(), f.get(0).strip(), f.get(1).strip(), date(file, r, f.get(2), "version"),
                    number(file, r, f.get(3), "article", false), optional(file, r, f.get(4), "paragraph"),
                    f.get(5).strip(), date(file, r, f.get(6), "other_version"),
                    noObject ? null : number(file, r, f.get(7), "other_article", false),
                    optional(file, r, f.get(8), "other_paragraph"), relation, f.get(10), f.get(11).strip(),
                    yesNo(file, r, f.get(12)));
            LinkKey key = new LinkKey(row.item(), row.law(), row.version(), row.article(), row.paragraph());
            if (!links.contains(key)) {
                throw new InvalidInputException(file, r.line(), "no link row of item " + row.item() + " to " + row.law()
                        + " " + row.version() + " 第" + row.article() + "条" + (row.paragraph() == null ? "" : " 第" + row.paragraph() + "款"));
            }
            if (row.rationale().isEmpty()) {
                throw new InvalidInputException(file, r.line(), "rationale is empty");
            }
            if (noObject) {
                if (!f.get(7).isBlank() || !row.quote().isEmpty()) {
                    throw new InvalidInputException(file, r.line(), "no-legal-object has no other_article and no quote");
                }
            } else {
                LawCorpus.Version other = laws.version(row.otherLaw(), row.otherVersion()).orElseThrow(() ->
                        new InvalidInputException(file, r.line(), "other_law/other_version: no shipped text of "
                                + row.otherLaw() + " " + row.otherVersion()));
                LawText.Article article = other.text().article(row.otherArticle()).orElseThrow(() ->
                        new InvalidInputException(file, r.line(), "other_article: " + other.shortTitle() + " "
                                + other.date() + " has no article " + row.otherArticle()));
                String words = row.otherParagraph() == null ? article.text()
                        : article.paragraphs().size() >= row.otherParagraph()
                                ? article.paragraphs().get(row.otherParagraph() - 1).text() : null;
                if (words == null) {
                    throw new InvalidInputException(file, r.line(), "other_paragraph: article " + row.otherArticle()
                            + " has no paragraph " + row.otherParagraph());
                }
                if (row.quote().isBlank() || !words.contains(row.quote())) {
                    throw new InvalidInputException(file, r.line(), "quote is not verbatim in " + other.shortTitle() + " "
                            + other.date() + " 第" + row.otherArticle() + "条: '" + row.quote() + "'");
                }
            }
            rows.add(row);
        }
        return new Counterparts(List.copyOf(rows));
    }

    private static LocalDate date(String file, CsvTable.Row r, String v, String field) {
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(file, r.line(), field + " must be a date yyyy-mm-dd: '" + v + "'");
        }
    }

    private static int number(String file, CsvTable.Row r, String v, String field, boolean unused) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, r.line(), field + " must be a positive whole number: '" + v + "'");
        }
    }

    private static Integer optional(String file, CsvTable.Row r, String v, String field) {
        return v.isBlank() ? null : number(file, r, v, field, false);
    }

    private static boolean yesNo(String file, CsvTable.Row r, String v) {
        return switch (v.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidInputException(file, r.line(), "verified must be yes or no: '" + v + "'");
        };
    }

    /** A row as the APIs show it, with its provenance (file and line). */
    static Counterpart shown(Row r) {
        return new Counterpart(r.item(), r.relation(), r.otherLaw(), r.otherVersion().toString(), r.otherArticle(),
                r.otherParagraph(), r.quote(), r.rationale(), r.verified(), FILE + ":" + r.line());
    }
}
