package org.yifa.law;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yifa.store.InvalidInputException;

/**
 * All shipped law texts with what the data files say about them: slugs ({@code laws.csv}), legal level
 * ({@code catalog.csv}), national-database ids ({@code flk-ids.csv}) and succession between versions
 * ({@code succession.csv}). {@link #load} checks everything and throws {@link InvalidInputException}
 * naming file and line on the first problem.
 */
public final class LawCorpus {

    /**
     * One version of a law with its slug, level (e.g. 法律, or null), flk id (or null), facts (header facts,
     * with publication and entry into force from the national database where it has them), the catalog entry
     * (or null) and the shape it was read from ({@code texts} or {@code flk}).
     */
    public record Version(LawText text, String slug, String level, String flkId, VersionFacts facts,
            FlkCatalog.Entry catalog, String shape) {

        Version(LawText text, String slug, String level, String flkId, VersionFacts facts) {
            this(text, slug, level, flkId, facts, null, "texts");
        }

        Version withFlkId(String id) {
            return new Version(text, slug, level, id, facts, catalog, shape);
        }

        public String shortTitle() {
            return text.shortTitle();
        }

        public LocalDate date() {
            return text.versionDate();
        }

        public String iri() {
            return LawIris.version(slug, text.versionDate());
        }
    }

    /** A row of {@code succession.csv}: {@code newer} amends or replaces {@code older}. */
    public record Succession(int line, Version newer, Version older, String relation, String evidence,
            String provenance) {
    }

    /**
     * Checked with {@link #isSlug} rather than {@code [a-z0-9]+(?:-[a-z0-9]+)*}: Java matches a repeated
     * group by recursion, one level per hyphen, and a damaged cell of a few hundred kilobytes overflowed
     * the stack (found by LawReaderFuzzTest).
     */
    private static final Pattern SLUG_CHARACTERS = Pattern.compile("[a-z0-9-]+");
    private static final Pattern FLK_ID = Pattern.compile("[0-9a-f]{32}");

    private final List<Version> versions;
    private final List<Succession> successions;
    private final List<String> warnings;
    private FlkCatalog catalog = FlkCatalog.empty();
    private List<String> disagreements = List.of();

    private LawCorpus(List<Version> versions, List<Succession> successions, List<String> warnings) {
        this.versions = versions;
        this.successions = successions;
        this.warnings = warnings;
    }

    /** The national database's catalog ({@code flk-catalog.csv}), empty where it is not shipped. */
    public FlkCatalog catalog() {
        return catalog;
    }

    /** Where the texts' levels and revision histories disagree with the catalog, one line each. */
    public List<String> disagreements() {
        return disagreements;
    }

    /**
     * The version that followed {@code v}: the next shipped version of the same law, else a shipped
     * instrument that replaces it ({@code succession.csv} or a repeal clause of its text).
     */
    public Optional<Version> successor(Version v) {
        List<Version> same = works().get(v.shortTitle());
        int i = same.indexOf(v);
        if (i + 1 < same.size()) {
            return Optional.of(same.get(i + 1));
        }
        return successions.stream().filter(s -> s.older().equals(v)).map(Succession::newer).findFirst();
    }

    /** All versions, by short title, then version date. */
    public List<Version> versions() {
        return versions;
    }

    /** Versions grouped by work (short title), each list oldest first. */
    public Map<String, List<Version>> works() {
        Map<String, List<Version>> works = new LinkedHashMap<>();
        versions.forEach(v -> works.computeIfAbsent(v.shortTitle(), k -> new ArrayList<>()).add(v));
        return works;
    }

    public List<Succession> successions() {
        return successions;
    }

    /** Things the data leaves open that do not stop the load, e.g. a flk id for a version not shipped. */
    public List<String> warnings() {
        return warnings;
    }

    /** The version of a law (short title or slug) with exactly this version date. */
    public Optional<Version> version(String law, LocalDate date) {
        return versions.stream()
                .filter(v -> v.shortTitle().equals(law) || v.slug().equals(law))
                .filter(v -> v.date().equals(date))
                .findFirst();
    }

    /** The latest version of a law (short title or slug): the one to use where no version is named. */
    public Optional<Version> latest(String law) {
        return versions.stream()
                .filter(v -> v.shortTitle().equals(law) || v.slug().equals(law))
                .max(Comparator.comparing(Version::date));
    }

    public static LawCorpus load(LawFiles files) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> slugs = slugs(text(files, LawFiles.LAWS));
        Catalog catalog = Catalog.parse(LawFiles.CATALOG, text(files, LawFiles.CATALOG));

        List<LawText> texts = new ArrayList<>();
        Map<String, String> raw = new HashMap<>();
        Map<String, FlkReader.Front> fronts = new HashMap<>();
        files.texts().forEach((path, bytes) -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            LawText text = LawReader.read(path, content);
            texts.add(text);
            raw.put(path, content);
        });
        files.flk().forEach((path, bytes) -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            FlkReader.Result read = FlkReader.read(path, content);
            texts.add(read.text());
            raw.put(path, content);
            fronts.put(path, read.front());
        });
        byte[] flkCsv = files.readIfPresent(LawFiles.FLK_CATALOG);
        FlkCatalog flkCatalog = flkCsv == null ? FlkCatalog.empty()
                : FlkCatalog.parse(LawFiles.FLK_CATALOG, new String(flkCsv, StandardCharsets.UTF_8));
        List<String> disagreements = new ArrayList<>();
        if (texts.isEmpty()) {
            throw new InvalidInputException(LawFiles.TEXTS, 0, "no law texts found");
        }

        Map<String, Version> byKey = new LinkedHashMap<>();
        for (LawText text : texts) {
            String slug = slugs.get(text.shortTitle());
            if (slug == null) {
                throw new InvalidInputException(text.file(), 1,
                        "short title '" + text.shortTitle() + "' has no slug in " + LawFiles.LAWS);
            }
            String key = text.shortTitle() + "@" + text.versionDate();
            if (byKey.containsKey(key)) {
                throw new InvalidInputException(text.file(), 1, "a second text of " + text.shortTitle() + " dated "
                        + text.versionDate() + " (also " + byKey.get(key).text().file() + ")");
            }
            VersionFacts facts = VersionFacts.of(text);
            if (facts.versionLine() == 0) {
                warnings.add(text.file() + ": no header line is dated " + text.versionDate()
                        + "; the version's adoption, publication and issuing body are left out");
            }
            FlkReader.Front front = fronts.get(text.file());
            FlkCatalog.Entry entry = flkCatalog.find(text.title(), text.versionDate()).orElse(null);
            String level = front != null && front.group() != null ? front.group() : level(text, catalog, warnings);
            String id = front != null && front.id() != null ? front.id() : entry == null ? null : entry.bbbs();
            byKey.put(key, new Version(text, slug, level, id, CatalogFacts.dated(facts, front, entry), entry,
                    front == null ? "texts" : "flk"));
            disagreements.addAll(CatalogFacts.disagreements(text, level, facts, entry, flkCatalog));
        }

        attachFlkIds(byKey, text(files, LawFiles.FLK_IDS), warnings);

        List<Version> versions = byKey.values().stream()
                .sorted(Comparator.comparing(Version::slug).thenComparing(Version::date))
                .toList();
        LawCorpus partial = new LawCorpus(versions, List.of(), warnings);
        List<Succession> successions = successions(partial, text(files, LawFiles.SUCCESSION), raw);
        successions.addAll(RepealClauses.successions(partial, successions));
        LawCorpus corpus = new LawCorpus(versions, List.copyOf(successions), List.copyOf(warnings));
        corpus.catalog = flkCatalog;
        corpus.disagreements = List.copyOf(disagreements);
        return corpus;
    }

    private static String text(LawFiles files, String path) {
        return new String(files.read(path), StandardCharsets.UTF_8);
    }

    /** Lower-case letters and digits in hyphen-separated parts, none empty. */
    static boolean isSlug(String s) {
        return SLUG_CHARACTERS.matcher(s).matches() && !s.startsWith("-") && !s.endsWith("-") && !s.contains("--");
    }

    private static Map<String, String> slugs(String csv) {
        Map<String, String> slugs = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Csv.Row row : Csv.parse(LawFiles.LAWS, csv, "short_title", "slug")) {
            String title = row.get("short_title");
            String slug = row.get("slug");
            if (title.isEmpty() || !isSlug(slug)) {
                throw row.error("expected a short title and a slug of lower-case letters, digits and hyphens");
            }
            if (slugs.put(title, slug) != null || titles.put(slug, title) != null) {
                throw row.error("short title or slug listed twice: " + title + ", " + slug);
            }
        }
        return slugs;
    }

    /**
     * The level the catalog gives the title; where the catalog has no (single) answer, the folder
     * 行政法规 names the level of the texts in it. Other folders are subject categories, not levels.
     */
    private static String level(LawText text, Catalog catalog, List<String> warnings) {
        Catalog.Match match = catalog.match(text.title(), text.versionDate());
        List<String> levels = match.rows().stream().map(Catalog.Row::level).distinct().toList();
        if (levels.size() == 1 && !levels.get(0).isEmpty()) {
            return levels.get(0);
        }
        if (text.folder().equals("行政法规")) {
            return "行政法规";
        }
        warnings.add(text.file() + ": no level in " + LawFiles.CATALOG + " (" + match.outcome() + ")");
        return null;
    }

    private static void attachFlkIds(Map<String, Version> byKey, String csv, List<String> warnings) {
        for (Csv.Row row : Csv.parse(LawFiles.FLK_IDS, csv, "title", "version_date", "flk_bbbs")) {
            String id = row.get("flk_bbbs");
            if (!FLK_ID.matcher(id).matches()) {
                throw row.error("flk_bbbs must be 32 hexadecimal digits: " + id);
            }
            LocalDate date = date(row, "version_date");
            String title = Titles.normalise(row.get("title"));
            Optional<Map.Entry<String, Version>> found = byKey.entrySet().stream()
                    .filter(e -> Titles.normalise(e.getValue().text().title()).equals(title)
                            && e.getValue().date().equals(date))
                    .findFirst();
            if (found.isEmpty()) {
                warnings.add(LawFiles.FLK_IDS + ":" + row.line() + ": no shipped text of " + row.get("title") + " dated "
                        + date + "; id " + id + " not attached");
                continue;
            }
            Version v = found.get().getValue();
            if (v.flkId() != null && !v.flkId().equals(id)) {
                // The database holds some versions twice; the catalog's id wins, the other is noted.
                warnings.add(LawFiles.FLK_IDS + ":" + row.line() + ": " + v.shortTitle() + " " + v.date() + " has id "
                        + v.flkId() + " in the national database's catalog; " + id + " not used");
                continue;
            }
            found.get().setValue(v.withFlkId(id));
        }
    }

    private static List<Succession> successions(LawCorpus corpus, String csv, Map<String, String> raw) {
        List<Succession> successions = new ArrayList<>();
        for (Csv.Row row : Csv.parse(LawFiles.SUCCESSION, csv,
                "newer", "newer_version", "older", "older_version", "relation", "evidence", "provenance")) {
            Version newer = corpus.version(row.get("newer"), date(row, "newer_version"))
                    .orElseThrow(() -> row.error("no shipped text of " + row.get("newer") + " " + row.get("newer_version")));
            Version older = corpus.version(row.get("older"), date(row, "older_version"))
                    .orElseThrow(() -> row.error("no shipped text of " + row.get("older") + " " + row.get("older_version")));
            String relation = row.get("relation");
            String provenance = row.get("provenance");
            String evidence = row.get("evidence");
            if (!relation.equals("amends") && !relation.equals("replaces")) {
                throw row.error("relation must be 'amends' or 'replaces': " + relation);
            }
            if (relation.equals("amends") && !newer.slug().equals(older.slug())) {
                throw row.error("'amends' relates two versions of one law; use 'replaces' across laws");
            }
            if (!newer.date().isAfter(older.date())) {
                throw row.error("the newer version must be dated after the older one");
            }
            if (provenance.equals("text")) {
                if (evidence.isEmpty() || !raw.get(newer.text().file()).contains(evidence)) {
                    throw row.error("evidence must be quoted word for word from " + newer.text().file());
                }
            } else if (!provenance.equals("curated")) {
                throw row.error("provenance must be 'text' or 'curated': " + provenance);
            }
            successions.add(new Succession(row.line(), newer, older, relation, evidence, provenance));
        }
        return successions;
    }

    private static LocalDate date(Csv.Row row, String column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeException e) {
            throw row.error(column + " must be a date yyyy-mm-dd: '" + row.get(column) + "'");
        }
    }
}
