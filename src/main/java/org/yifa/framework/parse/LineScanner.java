package org.yifa.framework.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a source line into markers and text. A marker counts only where a cell or sentence can
 * begin (start of line, after white space, or after {@code 。；} for item numbers), so numbers and
 * enumerations inside a sentence stay text.
 */
final class LineScanner {

    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=\\s))(?<area>" + NUMERAL + ")\\s*、"
            + "|(?:^|(?<=\\s))[(（](?<goal>" + NUMERAL + ")[)）]"
            + "|(?:^|(?<=[\\s。；]))(?<item>\\d{1,3})\\s*\\.(?<stray>(?:\\s*\\.)*)(?=\\s*[^\\d\\s.])");

    private LineScanner() {
    }

    static List<Token> scan(String line) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = MARKER.matcher(line);
        int last = 0;
        while (m.find()) {
            addText(tokens, line.substring(last, m.start()));
            if (m.group("area") != null) {
                tokens.add(new Token(Token.Kind.AREA, ChineseNumerals.parse(m.group("area")), m.group("area"), false));
            } else if (m.group("goal") != null) {
                tokens.add(new Token(Token.Kind.GOAL, ChineseNumerals.parse(m.group("goal")), m.group("goal"), false));
            } else {
                tokens.add(new Token(Token.Kind.ITEM, Integer.parseInt(m.group("item")), m.group("item"),
                        !m.group("stray").isEmpty()));
            }
            last = m.end();
        }
        addText(tokens, line.substring(last));
        return tokens;
    }

    private static void addText(List<Token> tokens, String text) {
        if (!text.isBlank()) {
            tokens.add(Token.text(text.strip()));
        }
    }
}
