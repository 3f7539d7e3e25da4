package org.yifa.law;

import java.util.regex.Pattern;

/** Normal form of a law's title for matching titles written in different ways. */
public final class Titles {

    private static final Pattern BRACKETS = Pattern.compile("[《》〈〉<>]");
    /** A version date in parentheses: (2019-04-23), （2019年）, （2019年4月23日修正）. */
    private static final Pattern VERSION = Pattern.compile(
            "[（(]\\s*\\d{4}(?:[-.年]\\d{1,2}(?:[-.月]\\d{1,2}日?)?)?年?\\s*(?:修正|修订|版|文本)?\\s*[）)]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u200b\\ufeff]+");
    private static final String PREFIX = "中华人民共和国";

    private Titles() {
    }

    /**
     * Strips 《》, a version date in parentheses, spaces and a leading 中华人民共和国:
     * 《中华人民共和国行政许可法》(2019-04-23) → 行政许可法; also inside a title (关于适用《中华人民共和国行政诉讼法》的解释).
     */
    public static String normalise(String title) {
        String t = SPACES.matcher(title).replaceAll("");
        // A title cited inside another, 《中华人民共和国行政诉讼法》, is cited with or without the state's name.
        t = t.replace("《" + PREFIX, "《");
        t = BRACKETS.matcher(t).replaceAll("");
        t = VERSION.matcher(t).replaceAll("");
        return t.startsWith(PREFIX) && t.length() > PREFIX.length() ? t.substring(PREFIX.length()) : t;
    }
}
