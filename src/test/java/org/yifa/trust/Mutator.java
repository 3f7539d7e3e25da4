package org.yifa.trust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to texts and bytes: deletions, insertions of CJK, ASCII, control characters
 * and the markers the parsers look for, line shuffles, duplications and truncations. The same seed
 * gives the same damage, so a failing case can be replayed.
 */
final class Mutator {

    /** What the parsers of this project look for: part, goal and item numbers, articles, headings, separators. */
    private static final List<String> MARKERS = List.of(
            "一、", "二、", "九、", "十、", "（一）", "（十）", "(三)", "1.", "12．", "105.", "3、", "否决", "一票否决", "。", "；",
            "\n", "\r\n", "\r", "\t", "\u3000", " ", "\u0000", "\uFEFF", "\u200B", "\u2028", "🎌", "\uD800", "\uDFFF",
            "第一条", "第十二条", "第一百零三条", "第一千零一条", "第〇条", "第0条", "第99999999999条", "## 第一章 总则",
            "## 第十章", "### 第一节", "## 序言", "# ", "#", "<!-- INFO END -->", "<!--", "-->", "mingan",
            "99999999999999999999", "一百零三", "十", "〇", "《", "》", "“", "”", ",", "\"", "'", "\\", "%", "{", "}",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/x}", "'; DROP TABLE t; --", "2025-02-30",
            "9999-12-31", "0000-00-00", "-1", "NaN", "1e309", "目标要求", "工作要求", "具体内容");

    private static final String PUNCTUATION = "，。；：、！？（）《》“”【】…—０１２３";

    /**
     * Longest text a mutation may produce (4 MiB of chars). Without a bound, edits that grow a text
     * (a very long line, a line duplicated hundreds of times) compound over many cases until the JVM
     * cannot allocate the string; the parsers' own size limits are far below this.
     */
    static final int MAX_LENGTH = 4 << 20;

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** {@code text} with 1 to {@code maxEdits} random edits. */
    String text(String text, int maxEdits) {
        int edits = 1 + random.nextInt(maxEdits);
        for (int i = 0; i < edits; i++) {
            text = edit(text);
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    private String edit(String text) {
        int n = text.length();
        switch (random.nextInt(12)) {
            case 0 -> { // delete a short range
                int at = pos(n);
                return text.substring(0, at) + text.substring(Math.min(n, at + 1 + random.nextInt(40)));
            }
            case 1 -> { // delete a long range
                int at = pos(n);
                return text.substring(0, at) + text.substring(Math.min(n, at + random.nextInt(Math.max(1, n / 5))));
            }
            case 2, 3 -> { // insert a marker
                int at = pos(n);
                return text.substring(0, at) + MARKERS.get(random.nextInt(MARKERS.size())) + text.substring(at);
            }
            case 4 -> { // insert random characters
                int at = pos(n);
                return text.substring(0, at) + randomString(1 + random.nextInt(30)) + text.substring(at);
            }
            case 5 -> { // swap two lines
                List<String> lines = lines(text);
                if (lines.size() > 1) {
                    Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                }
                return String.join("\n", lines);
            }
            case 6 -> { // move a block of lines
                List<String> lines = lines(text);
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(20));
                List<String> block = new ArrayList<>(lines.subList(from, to));
                lines.subList(from, to).clear();
                lines.addAll(random.nextInt(lines.size() + 1), block);
                return String.join("\n", lines);
            }
            case 7 -> { // duplicate a line, sometimes many times
                List<String> lines = lines(text);
                int at = random.nextInt(lines.size());
                int times = random.nextInt(10) == 0 ? 500 + random.nextInt(2000) : 1;
                times = Math.min(times, room(n) / (lines.get(at).length() + 1));
                lines.addAll(at, Collections.nCopies(times, lines.get(at)));
                return String.join("\n", lines);
            }
            case 8 -> { // truncate
                return text.substring(0, pos(n));
            }
            case 9 -> { // delete a line
                List<String> lines = lines(text);
                lines.remove(random.nextInt(lines.size()));
                return String.join("\n", lines);
            }
            case 10 -> { // replace characters
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0, m = 1 + random.nextInt(5); k < m && sb.length() > 0; k++) {
                    sb.setCharAt(random.nextInt(sb.length()), randomChar());
                }
                return sb.toString();
            }
            default -> { // one very long line
                int at = pos(n);
                String unit = random.nextBoolean() ? "法" : MARKERS.get(random.nextInt(MARKERS.size()));
                int times = Math.min(1000 + random.nextInt(50_000), room(n) / unit.length());
                return text.substring(0, at) + unit.repeat(times) + text.substring(at);
            }
        }
    }

    /** {@code bytes} with 1 to {@code maxEdits} random byte-level edits: flips, insertions, deletions, truncation. */
    byte[] bytes(byte[] bytes, int maxEdits) {
        byte[] b = bytes;
        for (int i = 0, edits = 1 + random.nextInt(maxEdits); i < edits; i++) {
            int n = b.length;
            switch (random.nextInt(5)) {
                case 0 -> {
                    b = b.clone();
                    if (n > 0) {
                        b[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    byte[] junk = new byte[1 + random.nextInt(64)];
                    random.nextBytes(junk);
                    int at = pos(n);
                    b = concat(Arrays.copyOfRange(b, 0, at), junk, Arrays.copyOfRange(b, at, n));
                }
                case 2 -> {
                    int at = pos(n);
                    int end = Math.min(n, at + 1 + random.nextInt(256));
                    b = concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, end, n));
                }
                case 3 -> b = Arrays.copyOf(b, pos(n));
                default -> {
                    b = b.clone();
                    if (n > 0) {
                        int at = random.nextInt(n);
                        Arrays.fill(b, at, Math.min(n, at + 1 + random.nextInt(16)), (byte) random.nextInt(256));
                    }
                }
            }
        }
        return b;
    }

    String randomString(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(randomChar());
        }
        return sb.toString();
    }

    /** CJK, ASCII, full-width punctuation, controls and the odd surrogate half. */
    char randomChar() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> (char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00));
            case 2 -> (char) (0x20 + random.nextInt(0x5F));
            case 3 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
            case 4 -> (char) random.nextInt(0x20);
            default -> (char) random.nextInt(0x10000);
        };
    }

    /** How many characters a text of length {@code n} may still grow by. */
    private static int room(int n) {
        return Math.max(0, MAX_LENGTH - n);
    }

    private int pos(int n) {
        return n == 0 ? 0 : random.nextInt(n + 1);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
