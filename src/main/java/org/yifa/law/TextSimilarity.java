package org.yifa.law;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Similarity of two article texts: Jaccard index of their sets of character bigrams. */
public final class TextSimilarity {

    /** The article number and layout are not part of what an article says. */
    private static final Pattern NUMBER = Pattern.compile("^第[零〇一二三四五六七八九十百千]+条");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    private TextSimilarity() {
    }

    /** 1 for texts with the same bigrams, 0 for texts sharing none. */
    public static double jaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    /** The words of an article without its number and spaces, for comparing texts for equality. */
    public static String normalize(String text) {
        return NUMBER.matcher(SPACE.matcher(text.strip()).replaceAll("")).replaceFirst("");
    }

    private static Set<String> bigrams(String text) {
        String t = normalize(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        if (t.length() == 1) {
            grams.add(t);
        }
        return grams;
    }
}
