package org.yifa.law;

import java.util.List;
import java.util.Optional;


/** The article of another version that says most nearly what an article says (character-bigram Jaccard). */
public record ArticleMatch(LawText.Article article, double score) {

    /** The most similar article at or above {@code threshold}; of equal scores the one with the same number. */
    public static Optional<ArticleMatch> best(LawText.Article source, List<LawText.Article> candidates, double threshold) {
        ArticleMatch best = null;
        for (LawText.Article a : candidates) {
            double s = TextSimilarity.jaccard(source.text(), a.text());
            if (best == null || s > best.score() || s == best.score() && a.ordinal() == source.ordinal()) {
                best = new ArticleMatch(a, s);
            }
        }
        return best != null && best.score() >= threshold ? Optional.of(best) : Optional.empty();
    }
}
