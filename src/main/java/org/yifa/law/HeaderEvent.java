package org.yifa.law;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dated line of a law's header, e.g. "2003年8月27日 第十届全国人民代表大会常务委员会第四次会议通过".
 *
 * @param text  the line after the date, as written
 * @param kinds what happened, read from the words outside 《…》 titles
 * @param body  the organ named in the line (全国人民代表大会常务委员会, 国务院 …), or null
 */
public record HeaderEvent(int line, LocalDate date, String text, Set<Kind> kinds, String body) {

    /** What a header line records. */
    public enum Kind {
        /** 通过, 审议批准. */
        ADOPTED,
        /** 修正, including the adoption of a 宪法修正案. */
        AMENDED,
        /** 修订. */
        REVISED,
        /** 公布, 发布. */
        PUBLISHED,
        /** 施行. */
        IN_FORCE
    }

    static final Pattern DATED = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(.*)$");

    private static final Pattern TITLE = Pattern.compile("《[^》]*》|<[^>]*>");
    private static final Pattern ORGAN = Pattern.compile(
            "中共中央、国务院|中共中央政治局|全国人民代表大会常务委员会|全国人民代表大会|国务院");
    /** A decision titled 《国务院关于修改…的决定》 was made by the organ its title names. */
    private static final Pattern ORGAN_IN_TITLE = Pattern.compile(
            "《(全国人民代表大会常务委员会|全国人民代表大会|国务院)关于");

    /** Reads a header line that starts with a date; {@code m} has matched {@link #DATED}. */
    static HeaderEvent of(int line, Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        String text = m.group(4).strip();
        String outsideTitles = TITLE.matcher(text).replaceAll("");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (outsideTitles.contains("修订")) {
            kinds.add(Kind.REVISED);
        } else if (outsideTitles.contains("修正") || text.matches(".*通过的《[^》]*修正案》.*")) {
            kinds.add(Kind.AMENDED);
        } else if (outsideTitles.contains("通过") || outsideTitles.contains("审议批准")) {
            kinds.add(Kind.ADOPTED);
        }
        if (outsideTitles.contains("公布") || outsideTitles.contains("发布")) {
            kinds.add(Kind.PUBLISHED);
        }
        if (outsideTitles.contains("施行")) {
            kinds.add(Kind.IN_FORCE);
        }
        String body = null;
        Matcher organ = ORGAN.matcher(outsideTitles);
        if (organ.find()) {
            body = organ.group();
        } else {
            Matcher inTitle = ORGAN_IN_TITLE.matcher(text);
            if (inTitle.find()) {
                body = inTitle.group(1);
            }
        }
        return new HeaderEvent(line, date, text, Set.copyOf(kinds), body);
    }

    /** Whether the line makes a text: adopts, amends or revises it. */
    boolean makesText() {
        return kinds.contains(Kind.ADOPTED) || kinds.contains(Kind.AMENDED) || kinds.contains(Kind.REVISED);
    }
}
