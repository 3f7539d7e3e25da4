package org.yifa.link;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts. Chinese is written without spaces, so each Han character is a word; a run
 * of Latin letters or digits is one word; layout spaces are dropped. Longest common subsequence, then runs.
 */
final class WordDiff {

    /** A run of words kept ({@code =}), removed ({@code -}) or added ({@code +}). */
    record Run(String op, String text) {
    }

    private WordDiff() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 0x2E80) {
                latin.appendCodePoint(cp);
                return;
            }
            if (latin.length() > 0) {
                words.add(latin.toString());
                latin.setLength(0);
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                words.add(new String(Character.toChars(cp)));
            }
        });
        if (latin.length() > 0) {
            words.add(latin.toString());
        }
        return words;
    }

    static List<Run> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(runs, "=", a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(runs, "+", b.get(j++));
            } else {
                add(runs, "-", a.get(i++));
            }
        }
        return runs;
    }

    private static void add(List<Run> runs, String op, String word) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op().equals(op)) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(op, last.text() + word));
        } else {
            runs.add(new Run(op, word));
        }
    }
}
