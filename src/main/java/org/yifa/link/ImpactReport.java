package org.yifa.link;

import org.yifa.law.TextSimilarity;
import org.yifa.law.ArticleMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawText;

/**
 * What changed between two versions of a law, article by article, and which links rest on each change.
 * Articles correspond by text similarity ({@link ArticleMatch}); an article of the old version with no
 * counterpart at or above the threshold is removed, one of the new version that no old article matches is
 * added; a matched article is renumbered when its number changed and reworded when its words did.
 * The answer of {@code GET /api/impact}.
 *
 * @param items every item resting on a change, sorted
 */
@Schema(description = "What changed between two versions of a law, and what rests on each change")
public record ImpactReport(@Schema(description = "short title of the law", example = "行政复议法") String law,
                           ImpactVersion from, ImpactVersion to, ImpactMethod method, ImpactCounts counts,
                           @Schema(example = "[\"4.2\", \"5.1\"]") List<String> items, List<ArticleChange> changes) {

    private static final List<String> KINDS = List.of("added", "removed", "renumbered", "reworded", "unchanged");

    /** A version compared: its title, date, day in force (null when unknown) and number of articles. */
    @Schema(description = "A version of the law compared")
    public record ImpactVersion(@Schema(example = "中华人民共和国行政复议法") String title,
                                @Schema(example = "2023-09-01") String versionDate,
                                @Schema(types = {"string", "null"}, example = "2024-01-01") String inForce,
                                @Schema(example = "90") int articles) {
    }

    /** How articles were matched and diffed. */
    @Schema(description = "How articles correspond and how their words are compared")
    public record ImpactMethod(@Schema(example = "character-bigram Jaccard similarity") String correspondence,
                               @Schema(description = "least similarity of corresponding articles", example = "0.5")
                               double threshold,
                               @Schema(example = "longest common subsequence of words (a Han character is a word)")
                               String diff) {
    }

    /** How many articles of each kind of change; unchanged ones are counted even when not listed. */
    @Schema(description = "Articles per kind of change")
    public record ImpactCounts(int added, int removed, int renumbered, int reworded, int unchanged) {
    }

    /**
     * One article's change; an unchanged article is listed only when a link rests on it.
     *
     * @param change     {@code added}, {@code removed}, or {@code renumbered} and/or {@code reworded}, or {@code unchanged}
     * @param from       the article in the older version, null when added
     * @param to         the article in the newer version, null when removed
     * @param similarity of the matched articles; absent when added or removed
     * @param diff       word runs from old to new; absent when the words are the same or nothing matched
     * @param criteria   the curated criteria of the resting items
     * @param findings   the units' stored findings on the resting items
     */
    @Schema(description = "One article's change, the links and items resting on it, and their criteria and findings")
    public record ArticleChange(@Schema(example = "[\"renumbered\", \"reworded\"]") List<String> change,
                                @Schema(types = {"object", "null"}) ImpactArticle from,
                                @Schema(types = {"object", "null"}) ImpactArticle to,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "0.87") Double similarity,
                                @JsonInclude(JsonInclude.Include.NON_NULL) List<DiffRun> diff,
                                List<RestingLink> links, List<String> items,
                                List<RestingCriterion> criteria, List<RestingFinding> findings) {

        ArticleChange withResting(Function<String, List<RestingCriterion>> criteriaOf,
                Function<String, List<RestingFinding>> findingsOf) {
            return new ArticleChange(change, from, to, similarity, diff, links, items,
                    items.stream().flatMap(i -> criteriaOf.apply(i).stream()).toList(),
                    items.stream().flatMap(i -> findingsOf.apply(i).stream()).toList());
        }
    }

    /** An article of one version. */
    @Schema(description = "An article of one version")
    public record ImpactArticle(@Schema(example = "3") int article, @Schema(example = "第三条") String number, String text) {
    }

    /** A run of words kept ({@code =}), removed ({@code -}) or added ({@code +}). */
    @Schema(description = "A run of words kept, removed or added")
    public record DiffRun(@Schema(allowableValues = {"=", "-", "+"}) String op, String text) {
    }

    /** A curated link resting on the older version's article. */
    @Schema(description = "A curated link resting on the changed article")
    public record RestingLink(@Schema(example = "4.2") String item, @Schema(example = "3") int article,
                              @Schema(types = {"integer", "null"}, example = "1") Integer paragraph) {
    }

    /** A curated criterion of an item resting on a change. */
    @Schema(description = "A curated criterion of an item resting on the change")
    public record RestingCriterion(@Schema(example = "4.2") String item, @Schema(example = "4.2-a") String id,
                                   String obligation) {
    }

    /** A unit's stored finding (assessment round) on an item resting on a change; {@code name} null when unnamed. */
    @Schema(description = "A unit's stored finding on an item resting on the change")
    public record RestingFinding(@Schema(example = "4.2") String item, @Schema(example = "sfj") String unit,
                                 @Schema(types = {"string", "null"}, example = "示例市司法局") String name,
                                 @Schema(example = "2024") int year, @Schema(example = "met") String status) {
    }

    /** The report with each change's criteria and findings, looked up by item. */
    ImpactReport withResting(Function<String, List<RestingCriterion>> criteriaOf,
            Function<String, List<RestingFinding>> findingsOf) {
        return new ImpactReport(law, from, to, method, counts, items,
                changes.stream().map(c -> c.withResting(criteriaOf, findingsOf)).toList());
    }

    /** The changes from {@code from} to {@code to}, none yet with criteria or findings. */
    static ImpactReport compare(LawCorpus.Version from, LawCorpus.Version to, List<Counterparts.LinkKey> links,
            double threshold) {
        List<ArticleChange> changes = new ArrayList<>();
        Set<Integer> matched = new HashSet<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (LawText.Article a : from.text().articles()) {
            var m = ArticleMatch.best(a, to.text().articles(), threshold);
            List<Counterparts.LinkKey> resting = links.stream()
                    .filter(l -> l.law().equals(from.shortTitle()) && l.version().equals(from.date()) && l.article() == a.ordinal())
                    .toList();
            List<RestingLink> restingLinks = resting.stream()
                    .map(l -> new RestingLink(l.item(), l.article(), l.paragraph())).toList();
            List<String> items = resting.stream().map(Counterparts.LinkKey::item).distinct().toList();
            if (m.isEmpty()) {
                changes.add(new ArticleChange(List.of("removed"), article(a), null, null, null, restingLinks, items,
                        List.of(), List.of()));
                counts.merge("removed", 1, Integer::sum);
                continue;
            }
            LawText.Article b = m.get().article();
            matched.add(b.ordinal());
            List<String> kinds = new ArrayList<>();
            if (b.ordinal() != a.ordinal()) {
                kinds.add("renumbered");
            }
            boolean same = TextSimilarity.normalize(a.text()).equals(TextSimilarity.normalize(b.text()));
            if (!same) {
                kinds.add("reworded");
            }
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            if (kinds.isEmpty()) {
                counts.merge("unchanged", 1, Integer::sum);
                if (resting.isEmpty()) {
                    continue;
                }
                kinds.add("unchanged");
            }
            List<DiffRun> diff = same ? null : WordDiff.diff(a.text(), b.text()).stream()
                    .map(r -> new DiffRun(r.op(), r.text())).toList();
            changes.add(new ArticleChange(kinds, article(a), article(b), m.get().score(), diff, restingLinks, items,
                    List.of(), List.of()));
        }
        for (LawText.Article b : to.text().articles()) {
            if (!matched.contains(b.ordinal())) {
                changes.add(new ArticleChange(List.of("added"), null, article(b), null, null, List.of(), List.of(),
                        List.of(), List.of()));
                counts.merge("added", 1, Integer::sum);
            }
        }
        int[] n = KINDS.stream().mapToInt(k -> counts.getOrDefault(k, 0)).toArray();
        return new ImpactReport(from.shortTitle(), version(from), version(to),
                new ImpactMethod("character-bigram Jaccard similarity", threshold,
                        "longest common subsequence of words (a Han character is a word)"),
                new ImpactCounts(n[0], n[1], n[2], n[3], n[4]),
                changes.stream().flatMap(c -> c.items().stream()).distinct().sorted().toList(), changes);
    }

    private static ImpactArticle article(LawText.Article a) {
        return new ImpactArticle(a.ordinal(), a.numberZh(), a.text());
    }

    private static ImpactVersion version(LawCorpus.Version v) {
        return new ImpactVersion(v.text().title(), v.date().toString(),
                v.facts().inForce() == null ? null : v.facts().inForce().toString(), v.text().articles().size());
    }
}
