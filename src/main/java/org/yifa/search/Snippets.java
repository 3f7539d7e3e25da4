package org.yifa.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A short excerpt of a matched text with the matched words wrapped in {@code <em>…</em>}; everything
 * else is HTML-escaped, so the snippet can be put into a page as it is.
 */
final class Snippets {

    /** Characters shown before the first match. */
    private static final int LEAD = 30;

    private Snippets() {
    }

    /**
     * The excerpt of {@code text} of at most {@code length} characters (plus ellipses) that starts a
     * little before the first occurrence of any of {@code words}; the whole text, marked, if it is short.
     */
    static String of(String text, Collection<String> words, int length) {
        boolean[] marked = new boolean[text.length()];
        // Longest words first, so that a phrase is marked as one piece.
        List<String> sorted = words.stream().filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String word : sorted) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                for (int i = at; i < at + word.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        int first = 0;
        while (first < text.length() && !marked[first]) {
            first++;
        }
        int start = first == text.length() || text.length() <= length ? 0 : Math.max(0, first - LEAD);
        int end = Math.min(text.length(), start + length);
        // Never cut a marked word in two.
        while (end < text.length() && marked[end] && marked[end - 1]) {
            end++;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        for (int i = start; i < end; i++) {
            boolean opens = marked[i] && (i == start || !marked[i - 1]);
            boolean closes = marked[i] && (i + 1 == end || !marked[i + 1]);
            if (opens) {
                out.append("<em>");
            }
            escape(out, text.charAt(i));
            if (closes) {
                out.append("</em>");
            }
        }
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
