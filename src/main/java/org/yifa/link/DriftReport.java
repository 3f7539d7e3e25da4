package org.yifa.link;

import org.yifa.law.TextSimilarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * Where the law an item rests on changed after the checklist's reference date. The version level
 * comes from {@code queries/drift.rq}; this class adds the article level: in the newer (or
 * replacing, or older) version it finds the article whose text is most like the linked one
 * (character-bigram Jaccard at least the configured threshold) and says whether the text is
 * unchanged or changed, and whether it moved to another number ({@code renumbered}).
 */
@Component
public class DriftReport {

    private final Store store;
    private final QueryLibrary queries;
    private final DriftProperties properties;

    private final ChecklistTime time;

    DriftReport(Store store, QueryLibrary queries, DriftProperties properties, org.yifa.framework.FrameworkSource framework) {
        this.store = store;
        this.queries = queries;
        this.properties = properties;
        this.time = new ChecklistTime(properties, framework);
    }

    /**
     * One change, as {@code GET /api/drift} lists it.
     *
     * @param change       {@code amended} (a newer version of the same work, the article kept its number),
     *                     {@code renumbered} (amended, and the article's text now stands under another number),
     *                     {@code replaced} (another work took the place of this one) or
     *                     {@code enacted-after-reference} (the linked version itself is newer than the reference date)
     * @param before       the linked version and article; for {@code enacted-after-reference} the version in force at
     *                     the reference date, when the graph holds it, else absent
     * @param after        the newer or replacing version with its matching article (no article when none is
     *                     similar enough); for {@code enacted-after-reference} the linked version
     * @param articleText  {@code unchanged}, {@code changed}, {@code renumbered} or {@code not-found}, comparing the
     *                     article of {@code before} with its match; absent when there is nothing to compare
     * @param similarity   character-bigram Jaccard similarity of the matched articles
     * @param quoteFoundIn the articles of the newer version that still contain the link's quote
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String notation, Provision provision, String change, Side before, Side after,
                         String articleText, Double similarity, List<Integer> quoteFoundIn) {
    }

    /** The provision the item rests on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provision(String law, String version, int article, Integer paragraph, String iri) {
    }

    /** One side of a change: a law version and the article in it (absent when none matches). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(String law, String version, Integer article, String text, String date, String inForce) {
    }

    /** Every change, grouped by item in checklist order. */
    public List<Change> changes() {
        // The solutions read their values from the store lazily: use them inside one transaction.
        return store.read(this::compute);
    }

    private List<Change> compute() {
        Map<String, List<Article>> articlesByVersion = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (QuerySolution row : queries.select("drift",
                Map.of("referenceDate", time.referenceDate().toString()))) {
            String notation = ProvisionsSection.string(row, "notation");
            String provisionIri = row.getResource("provision").getURI();
            int articleNo = row.getLiteral("article").getInt();
            String articleText = ProvisionsSection.string(row, "articleText");
            String law = ProvisionsSection.string(row, "law");
            String version = ProvisionsSection.string(row, "version");
            Provision provision = new Provision(law, version, articleNo,
                    ProvisionsSection.integer(row, "paragraph"), provisionIri);
            Side linked = new Side(law, version, articleNo, articleText, version,
                    ProvisionsSection.string(row, "inForce"));
            String change = ProvisionsSection.string(row, "change");
            String quote = ProvisionsSection.string(row, "quote");
            if (change.equals("enacted-after-reference")) {
                if (!row.contains("earlierVersionNode")) {
                    changes.add(new Change(notation, provision, change, null, linked, null, null, null));
                    continue;
                }
                String earlierVersion = ProvisionsSection.string(row, "earlierVersion");
                Match m = match(articleText, articlesByVersion.computeIfAbsent(
                        row.getResource("earlierVersionNode").getURI(), this::articles), articleNo);
                Side before = m == null ? new Side(law, earlierVersion, null, null, earlierVersion, null)
                        : new Side(law, earlierVersion, m.article().number(), m.article().text(), earlierVersion, null);
                changes.add(new Change(notation, provision, change, before, linked, status(m, articleText, articleNo),
                        m == null ? null : m.similarity(), null));
                continue;
            }
            String laterLaw = ProvisionsSection.string(row, "laterLaw");
            String laterVersion = ProvisionsSection.string(row, "laterVersion");
            String inForce = ProvisionsSection.string(row, "laterInForce");
            List<Article> laterArticles = articlesByVersion.computeIfAbsent(
                    row.getResource("laterVersionNode").getURI(), this::articles);
            Match m = match(articleText, laterArticles, articleNo);
            Side after = m == null ? new Side(laterLaw, laterVersion, null, null, laterVersion, inForce)
                    : new Side(laterLaw, laterVersion, m.article().number(), m.article().text(), laterVersion, inForce);
            String status = status(m, articleText, articleNo);
            if (change.equals("amended") && "renumbered".equals(status)) {
                change = "renumbered";
            }
            List<Integer> quoteFoundIn = quote == null ? null : laterArticles.stream()
                    .filter(a -> a.text().contains(quote)).map(Article::number).toList();
            changes.add(new Change(notation, provision, change, linked, after, status,
                    m == null ? null : m.similarity(), quoteFoundIn));
        }
        changes.sort(Comparator.comparing((Change c) -> LinkSource.sortKey(c.notation())));
        return changes;
    }

    /** unchanged | changed (same number) | renumbered (words the same or changed, number not) | not-found. */
    private static String status(Match m, String text, int number) {
        if (m == null) {
            return "not-found";
        }
        if (m.article().number() != number) {
            return "renumbered";
        }
        return TextSimilarity.normalize(m.article().text()).equals(TextSimilarity.normalize(text)) ? "unchanged" : "changed";
    }

    private Match match(String text, List<Article> candidates, int number) {
        Match best = null;
        for (Article a : candidates) {
            double s = TextSimilarity.jaccard(text, a.text());
            // Ties go to the article with the same number.
            if (best == null || s > best.similarity() || s == best.similarity() && a.number() == number) {
                best = new Match(a, s);
            }
        }
        return best != null && best.similarity() >= properties.similarityThreshold() ? best : null;
    }

    private List<Article> articles(String versionIri) {
        return queries.select("provisions-of-version", Map.of("version", versionIri)).stream()
                .map(r -> new Article(r.getLiteral("number").getInt(), ProvisionsSection.string(r, "text")))
                .toList();
    }

    private record Article(int number, String text) {
    }

    private record Match(Article article, double similarity) {
    }
}
