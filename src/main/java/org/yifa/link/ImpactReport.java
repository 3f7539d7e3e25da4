package org.yifa.link;

import org.yifa.law.TextSimilarity;
import org.yifa.law.ArticleMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yifa.law.LawCorpus;
import org.yifa.law.LawText;

/**
 * What changed between two versions of a law, article by article, and which links rest on each change.
 * Articles correspond by text similarity ({@link ArticleMatch}); an article of the old version with no
 * counterpart at or above the threshold is removed, one of the new version that no old article matches is
 * added; a matched article is renumbered when its number changed and reworded when its words did.
 */
final class ImpactReport {

    private ImpactReport() {
    }

    static Map<String, Object> compare(LawCorpus.Version from, LawCorpus.Version to, List<Counterparts.LinkKey> links,
            double threshold) {
        List<Map<String, Object>> changes = new ArrayList<>();
        Set<Integer> matched = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : List.of("added", "removed", "renumbered", "reworded", "unchanged")) {
            counts.put(k, 0);
        }
        for (LawText.Article a : from.text().articles()) {
            var m = ArticleMatch.best(a, to.text().articles(), threshold);
            List<Counterparts.LinkKey> resting = links.stream()
                    .filter(l -> l.law().equals(from.shortTitle()) && l.version().equals(from.date()) && l.article() == a.ordinal())
                    .toList();
            Map<String, Object> c = new LinkedHashMap<>();
            if (m.isEmpty()) {
                c.put("change", List.of("removed"));
                c.put("from", article(a));
                c.put("to", null);
                counts.merge("removed", 1, Integer::sum);
            } else {
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
                c.put("change", kinds);
                c.put("from", article(a));
                c.put("to", article(b));
                c.put("similarity", m.get().score());
                if (!same) {
                    c.put("diff", WordDiff.diff(a.text(), b.text()).stream()
                            .map(r -> Map.of("op", r.op(), "text", r.text())).toList());
                }
            }
            c.put("links", resting.stream().map(l -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("item", l.item());
                j.put("article", l.article());
                j.put("paragraph", l.paragraph());
                return j;
            }).toList());
            c.put("items", resting.stream().map(Counterparts.LinkKey::item).distinct().toList());
            changes.add(c);
        }
        for (LawText.Article b : to.text().articles()) {
            if (!matched.contains(b.ordinal())) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("change", List.of("added"));
                c.put("from", null);
                c.put("to", article(b));
                c.put("links", List.of());
                c.put("items", List.of());
                changes.add(c);
                counts.merge("added", 1, Integer::sum);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("law", from.shortTitle());
        json.put("from", version(from));
        json.put("to", version(to));
        json.put("method", Map.of("correspondence", "character-bigram Jaccard similarity", "threshold", threshold,
                "diff", "longest common subsequence of words (a Han character is a word)"));
        json.put("counts", counts);
        json.put("items", changes.stream().flatMap(c -> ((List<?>) c.get("items")).stream()).distinct().sorted().toList());
        json.put("changes", changes);
        return json;
    }

    private static Map<String, Object> article(LawText.Article a) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("article", a.ordinal());
        j.put("number", a.numberZh());
        j.put("text", a.text());
        return j;
    }

    private static Map<String, Object> version(LawCorpus.Version v) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("title", v.text().title());
        j.put("versionDate", v.date().toString());
        j.put("inForce", v.facts().inForce() == null ? null : v.facts().inForce().toString());
        j.put("articles", v.text().articles().size());
        return j;
    }
}
