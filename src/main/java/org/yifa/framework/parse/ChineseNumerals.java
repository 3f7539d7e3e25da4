package org.yifa.framework.parse;

/** Chinese numerals as used in headings and article numbers: 一 … 九十九, 一百零三, 二百一十. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral below ten thousand, or -1 when the text is not one. */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    /** The numeral for 1 … 99, as written in headings: 一, 十, 十一, 二十三. */
    public static String format(int value) {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("Only 1 to 99 are written here: " + value);
        }
        int tens = value / 10;
        int ones = value % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 ? text : text + DIGITS.charAt(ones);
    }
}
