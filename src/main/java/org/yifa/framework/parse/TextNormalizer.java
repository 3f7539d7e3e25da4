package org.yifa.framework.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the official form of a text cell: no layout spaces, full-width punctuation, and
 * censored words written back from pinyin.
 */
final class TextNormalizer {

    private static final Map<Character, Character> FULL_WIDTH = Map.of(
            ',', '，', '(', '（', ')', '）', ';', '；', ':', '：', '?', '？', '!', '！');
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final Pattern DIGIT_SPACE = Pattern.compile("(?<=\\S)\\s+(?=\\d)|(?<=\\d)\\s+(?=\\S)");

    private final Map<String, String> censoredWords;

    /** @param censoredWords pinyin as found in the dump → the word it stands for */
    TextNormalizer(Map<String, String> censoredWords) {
        this.censoredWords = censoredWords;
    }

    /** Joins numbers to their words, as in {@code 每年组织 1 次}, so that cells split on spaces only. */
    static String joinDigits(String text) {
        return DIGIT_SPACE.matcher(text).replaceAll("");
    }

    /** A normalised text and the repairs it took, as (kind, message) pairs. */
    record Result(String text, List<String[]> repairs) {
    }

    Result normalize(String raw, String where) {
        List<String[]> repairs = new ArrayList<>();
        String text = raw;

        String noSpaces = text.replaceAll("\\s+", "");
        if (noSpaces.length() != text.length()) {
            repairs.add(new String[] {"LayoutSpaces",
                    where + ": removed " + (text.length() - noSpaces.length()) + " layout space(s)"});
            text = noSpaces;
        }

        StringBuilder out = new StringBuilder(text.length());
        int ascii = 0;
        for (char c : text.toCharArray()) {
            Character full = FULL_WIDTH.get(c);
            out.append(full == null ? c : full);
            ascii += full == null ? 0 : 1;
        }
        if (ascii > 0) {
            repairs.add(new String[] {"AsciiPunctuation",
                    where + ": " + ascii + " ASCII punctuation mark(s) made full-width"});
            text = out.toString();
        }

        Matcher latin = LATIN.matcher(text);
        StringBuilder restored = new StringBuilder();
        while (latin.find()) {
            String word = censoredWords.get(latin.group().toLowerCase());
            if (word != null) {
                repairs.add(new String[] {"CensoredWord", where + ": '" + latin.group() + "' written back as '" + word + "'"});
                latin.appendReplacement(restored, word);
            } else {
                repairs.add(new String[] {"CensoredWord", where + ": latin text '" + latin.group()
                        + "' is not in the censored-word list; kept as is"});
            }
        }
        latin.appendTail(restored);
        return new Result(restored.toString(), repairs);
    }
}
