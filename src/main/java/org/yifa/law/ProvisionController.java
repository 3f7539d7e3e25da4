package org.yifa.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One article or paragraph of a law, with the checklist items that rest on it:
 * {@code GET /api/provisions?law=行政许可法&article=12[&paragraph=1][&version=2020-01-01]}. {@code law} is a
 * short title or slug; {@code version} picks the version in force on that day (its own date included),
 * by default the latest version.
 */
@RestController
class ProvisionController {

    private final Laws laws;
    private final LawQueries queries;
    private final LawTimeline timeline;
    private final CuratedCounterparts curated;
    private final double threshold;

    ProvisionController(Laws laws, LawQueries queries, LawTimeline timeline, CuratedCounterparts curated,
            @org.springframework.beans.factory.annotation.Value("${yifa.drift.similarity-threshold:0.6}") double threshold) {
        this.laws = laws;
        this.queries = queries;
        this.timeline = timeline;
        this.curated = curated;
        this.threshold = threshold;
    }

    @GetMapping("/api/provisions")
    ProvisionDetail provision(@RequestParam String law, @RequestParam String article,
            @RequestParam(required = false) String version, @RequestParam(required = false) String paragraph) {
        int articleNumber = integer("article", article);
        Integer paragraphNumber = paragraph == null ? null : integer("paragraph", paragraph);
        Laws.Law found = laws.find(law);
        Laws.Version v = version == null ? found.latest() : laws.inForceOr404(found, Laws.day("version", version));

        String articleIri = LawIris.article(v.iri(), articleNumber);
        String iri = paragraphNumber == null ? articleIri : LawIris.paragraph(v.iri(), articleNumber, paragraphNumber);
        List<LawQueries.Row> rows = queries.select("provision", Map.of("provision", iri));
        if (rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, missing(found, v, articleNumber, paragraphNumber));
        }
        LawQueries.Row row = rows.get(0);

        return new ProvisionDetail(iri, found.shortTitle(), found.slug(), row.get("title"), v.date(), v.iri(),
                articleNumber, row.get("numberZh"), paragraphNumber, row.get("text"), items(articleIri, iri),
                now(found.shortTitle(), found.slug(), java.time.LocalDate.parse(v.date()), articleNumber));
    }

    /**
     * Where the article stands in the last shipped successor (a later version, or the instrument that replaced
     * the law): "this article is now 第N条 of …". The curated counterparts ({@code data/links/counterparts.csv})
     * answer first; text similarity only where none is curated. Null where the version is the last.
     */
    private ProvisionNow now(String shortTitle, String slug, java.time.LocalDate date, int article) {
        LawCorpus corpus = timeline.corpus();
        LawCorpus.Version version = corpus.version(slug, date).orElse(null);
        if (version == null || version.text().article(article).isEmpty()) {
            return null;
        }
        LawCorpus.Version target = version;
        for (var next = corpus.successor(target); next.isPresent(); next = corpus.successor(target)) {
            target = next.get();
        }
        if (target == version) {
            return null;
        }
        List<Counterpart> counterparts = curated.towards(shortTitle, date, article, target);
        // Rows of several items' links may name the same article; distinct other articles, in file order.
        List<Integer> curatedArticles = counterparts.stream().map(Counterpart::article)
                .filter(java.util.Objects::nonNull).distinct().toList();
        LawText.Article found;
        String method;
        Double score = null;
        if (!curatedArticles.isEmpty()) {
            found = target.text().article(curatedArticles.get(0)).orElse(null);
            method = "curated";
        } else {
            var match = ArticleMatch.best(version.text().article(article).get(), target.text().articles(), threshold);
            found = match.map(ArticleMatch::article).orElse(null);
            method = match.isPresent() ? "similarity" : "none";
            score = match.map(ArticleMatch::score).orElse(null);
        }
        return new ProvisionNow(target.shortTitle(), target.text().title(), target.date().toString(), method, score,
                found == null ? null : found.ordinal(), found == null ? null : found.numberZh(),
                found == null ? null : found.text(), counterparts);
    }

    /**
     * Items resting on the provision or on one of its parts; for a paragraph, also those resting on its
     * whole article. One entry per item, with the provisions it rests on.
     */
    private List<ProvisionItem> items(String articleIri, String iri) {
        Map<String, ProvisionItem> items = new LinkedHashMap<>();
        for (LawQueries.Row r : queries.select("provision-items", Map.of("provision", articleIri))) {
            String restsOn = r.get("restsOn");
            if (!iri.equals(articleIri) && !restsOn.equals(iri) && !restsOn.equals(articleIri)) {
                continue;
            }
            items.computeIfAbsent(r.get("item"), i -> new ProvisionItem(r.get("notation"), i,
                    r.get("type").endsWith("#VetoCondition") ? "veto" : "requirement", new ArrayList<>()))
                    .restsOn().add(restsOn);
        }
        return items.values().stream().sorted(Comparator.comparing(m -> notationKey(m.notation()))).toList();
    }

    private String missing(Laws.Law law, Laws.Version v, int article, Integer paragraph) {
        int articles = queries.select("law-articles", Map.of("version", v.iri())).size();
        String where = law.shortTitle() + " (" + v.date() + ")";
        if (article < 1 || article > articles) {
            return where + " has no article " + article + ": it has articles 1 to " + articles;
        }
        return where + " article " + article + " has no paragraph " + paragraph;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'" + name + "' must be an integer (第十二条 → 12); got '" + value + "'");
        }
    }

    /** Sorts 1.2 before 1.10. */
    private static String notationKey(String notation) {
        StringBuilder key = new StringBuilder();
        for (String part : notation.split("\\.")) {
            key.append(String.format("%05d", part.matches("\\d+") ? Integer.parseInt(part) : 0)).append('.');
        }
        return key.toString();
    }
}
