package org.yifa.link;

import org.yifa.law.TextSimilarity;
import org.yifa.law.ArticleMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yifa.law.Counterpart;
import org.yifa.law.CuratedCounterparts;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawText;
import org.yifa.law.LawTimeline;
import org.yifa.query.QueryLibrary;
import org.yifa.store.load.DataFiles;
import org.yifa.store.Store;

/**
 * The provisions an item rests on as in force on a date: per curated link, the version of the law (or of
 * the instrument that replaced it) in force that day, the corresponding article there and its text. A
 * version known to the catalog but not shipped is answered {@code held: false}, never with another text.
 */
@Component
public class Basis implements CuratedCounterparts {

    private final Store store;
    private final QueryLibrary queries;
    private final LawTimeline timeline;
    private final ChecklistTime time;
    private final DriftProperties properties;
    private volatile Counterparts counterparts;

    Basis(Store store, QueryLibrary queries, LawTimeline timeline, ChecklistTime time, DriftProperties properties) {
        this.store = store;
        this.queries = queries;
        this.timeline = timeline;
        this.time = time;
        this.properties = properties;
    }

    /** A curated link as the item's provisions list it. */
    record Link(String law, LocalDate version, int article, Integer paragraph, String kind, String quote) {
    }

    /** The links of the item with {@code notation}, oldest query order. */
    List<Link> links(String notation) {
        return store.read(() -> {
            List<Link> links = new ArrayList<>();
            for (QuerySolution row : queries.select(ProvisionsSection.QUERY, Map.of("notation", notation))) {
                if (!"curated".equals(ProvisionsSection.string(row, "provenance")) || !row.contains("article")) {
                    continue;
                }
                links.add(new Link(ProvisionsSection.string(row, "law"),
                        LocalDate.parse(ProvisionsSection.string(row, "version")),
                        ProvisionsSection.integer(row, "article"), ProvisionsSection.integer(row, "paragraph"),
                        ProvisionsSection.string(row, "kind"), ProvisionsSection.string(row, "quote")));
            }
            return links;
        });
    }

    /** The basis of the item on {@code day}. */
    public BasisOnDate on(String notation, LocalDate day) {
        return new BasisOnDate(notation, day.toString(), time.referenceDate().toString(),
                links(notation).stream().map(l -> link(notation, l, day)).toList());
    }

    private BasisOnDate.BasisLink link(String notation, Link l, LocalDate day) {
        return new BasisOnDate.BasisLink(l.law(), l.version().toString(), l.article(), l.paragraph(), l.kind(), l.quote(),
                timeline.on(l.law(), day).map(s -> state(notation, l, s)).orElse(null),
                quoteOn(l, time.referenceDate()));
    }

    /** yes / no / unknown: whether the link's quoted words stood in the law as in force on {@code day}. */
    String quoteOn(Link l, LocalDate day) {
        Optional<LawTimeline.State> state = timeline.on(l.law(), day);
        if (state.isEmpty()) {
            return "unknown";
        }
        LawTimeline.State s = state.get();
        if (s.status().equals("not-yet-enacted")) {
            return "no";
        }
        LawTimeline.Entry entry = s.status().equals("replaced") ? s.successor().entry() : s.entry();
        if (!entry.held()) {
            return "unknown";
        }
        String quote = TextSimilarity.normalize(l.quote());
        return entry.version().text().articles().stream()
                .anyMatch(a -> TextSimilarity.normalize(a.text()).contains(quote)) ? "yes" : "no";
    }

    private BasisOnDate.LawOnDate state(String notation, Link l, LawTimeline.State s) {
        boolean replaced = s.status().equals("replaced");
        LawTimeline.Entry e = (replaced ? s.successor() : s).entry();
        BasisOnDate.ArticleOnDate there = null;
        if (!s.status().equals("not-yet-enacted") && e.held()) {
            Correspondence c = correspond(notation, l, e.version());
            LawText.Article a = c.article();
            there = new BasisOnDate.ArticleOnDate(a == null ? null : a.ordinal(), a == null ? null : a.numberZh(),
                    a == null ? null : a.text(), new BasisOnDate.ArticleCorrespondence(c.method(), c.score()),
                    counterparts().of(new Counterparts.LinkKey(notation, l.law(), l.version(), l.article(),
                            l.paragraph()), e.version().shortTitle(), e.version().date()).stream()
                            .map(Counterparts::shown).toList());
        }
        return new BasisOnDate.LawOnDate(s.status(), replaced ? version(s.entry()) : null, e.shortTitle(), version(e),
                there);
    }

    /** The curated counterparts, for any item's link, of an article in {@code target}. */
    @Override
    public List<Counterpart> towards(String law, LocalDate version, int article, LawCorpus.Version target) {
        return counterparts().ofArticle(law, version, article, target.shortTitle(), target.date()).stream()
                .map(Counterparts::shown).toList();
    }

    private static BasisOnDate.LawVersionFacts version(LawTimeline.Entry e) {
        return new BasisOnDate.LawVersionFacts(e.title(), e.versionDate().toString(),
                e.inForce() == null ? null : e.inForce().toString(),
                e.published() == null ? null : e.published().toString(), e.status(), e.held(), e.nationalDatabasePage());
    }

    /** How an article of one version corresponds to a link's article; {@code article} null when none does. */
    record Correspondence(LawText.Article article, String method, double score) {
    }

    Correspondence correspond(String notation, Link l, LawCorpus.Version target) {
        LawCorpus corpus = timeline.corpus();
        LawText.Article source = corpus.version(l.law(), l.version()).flatMap(v -> v.text().article(l.article()))
                .orElse(null);
        if (target.shortTitle().equals(l.law()) && target.date().equals(l.version())) {
            return new Correspondence(source, "same", 1.0);
        }
        List<Counterparts.Row> rows = counterparts().of(
                new Counterparts.LinkKey(notation, l.law(), l.version(), l.article(), l.paragraph()),
                target.shortTitle(), target.date());
        if (!rows.isEmpty()) {
            // The row with an article answers; a no-legal-object row beside it is reported under "counterparts".
            Counterparts.Row curated = rows.stream().filter(r -> r.otherArticle() != null).findFirst().orElse(rows.get(0));
            LawText.Article a = curated.otherArticle() == null ? null
                    : target.text().article(curated.otherArticle()).orElse(null);
            double score = a == null || source == null ? 0 : TextSimilarity.jaccard(source.text(), a.text());
            return new Correspondence(a, curated.relation().equals("no-legal-object") ? "curated-no-legal-object"
                    : "curated", score);
        }
        if (source == null) {
            return new Correspondence(null, "none", 0);
        }
        return ArticleMatch.best(source, target.text().articles(), properties.similarityThreshold())
                .map(m -> new Correspondence(m.article(), "similarity", m.score()))
                .orElse(new Correspondence(null, "none", 0));
    }

    Counterparts counterparts() {
        Counterparts c = counterparts;
        if (c == null) {
            c = Counterparts.shipped(timeline.corpus(), linkKeys());
            counterparts = c;
        }
        return c;
    }

    /** Every link row of the shipped link files, as counterparts name them. */
    static List<Counterparts.LinkKey> linkKeys() {
        List<Counterparts.LinkKey> keys = new ArrayList<>();
        for (Resource r : DataFiles.list("data/links/area-*.csv")) {
            try {
                CsvTable t = CsvTable.parse(r.getFilename(), r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                int item = t.header().indexOf("item");
                int law = t.header().indexOf("law");
                int version = t.header().indexOf("version");
                int article = t.header().indexOf("article");
                int paragraph = t.header().indexOf("paragraph");
                for (CsvTable.Row row : t.rows()) {
                    List<String> f = row.fields();
                    try {
                        keys.add(new Counterparts.LinkKey(f.get(item).strip(), f.get(law).strip(),
                                LocalDate.parse(f.get(version).strip()), Integer.parseInt(f.get(article).strip()),
                                f.get(paragraph).isBlank() ? null : Integer.parseInt(f.get(paragraph).strip())));
                    } catch (RuntimeException e) {
                        // rows without a provision (kind none) name no article
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return keys;
    }
}
