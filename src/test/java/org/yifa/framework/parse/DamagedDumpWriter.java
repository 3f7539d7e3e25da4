package org.yifa.framework.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.yifa.framework.parse.Checklist;

/**
 * Renders a clean checklist the way a PDF-to-text dump of its three-column table comes out, with
 * the same kinds of damage as the real source but in places chosen by a seed: running headers at
 * page breaks (between rows and inside items), repeated and cut-short part banners, left-column
 * cells of a split row continuing on the next page, banners inside item text, shared lines, stray
 * dots, ASCII punctuation, spread-out narrow cells, spaced digits and a censored word.
 */
final class DamagedDumpWriter {

    static final String HEADER = "目 标 内 容 工 作 要 求";
    static final String CENSORED = "敏感";
    static final String PINYIN = "mingan";

    private final Random random;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    DamagedDumpWriter(long seed) {
        this.random = new Random(seed);
    }

    String write(Checklist clean) {
        lines.add(ascii(clean.title()));
        lines.add("");
        line.append(HEADER).append(' ');
        for (Checklist.Area area : clean.areas()) {
            String areaCell = area.numeral() + "、" + ascii(area.title());
            boolean areaShown = false;
            for (Checklist.Goal goal : area.goals()) {
                String goalCell = goal.numeral().isEmpty() ? ascii(goal.title()) : "(" + goal.numeral() + ")" + ascii(goal.title());
                boolean goalShown = false;
                for (Checklist.Item item : goal.items()) {
                    String marker = item.number() + "." + (item.number() >= 10 && random.nextInt(3) == 0 ? " ." : "");
                    String text = damageText(item.text());
                    String left = (areaShown ? "" : spread(areaCell) + " ") + (goalShown ? "" : goalCell + " ");
                    boolean newArea = !areaShown;
                    boolean newGoal = !goalShown;
                    areaShown = true;
                    goalShown = true;
                    int split = splitPoint(text);
                    boolean shareLine = left.isEmpty() && line.toString().endsWith("。") && random.nextInt(5) == 0;
                    if (!shareLine) {
                        newLine();
                    }
                    int choice = random.nextInt(10);
                    if (split > 0 && choice < 2 && (newArea || newGoal)) {
                        splitRowAcrossPages(area, areaCell, goalCell, newArea, newGoal, marker, text, split);
                    } else if (split > 0 && choice == 2) {
                        line.append(left).append(marker).append(text, 0, split).append(' ').append(spread(areaCell));
                        newLine();
                        line.append(text.substring(split));
                    } else if (split > 0 && choice == 3) {
                        line.append(left).append(marker).append(text, 0, split);
                        pageBreak(random.nextBoolean() ? spread(areaCell) : null);
                        line.append(text.substring(split));
                    } else {
                        line.append(left).append(marker).append(text);
                    }
                    if (random.nextInt(8) == 0) {
                        pageBreak(random.nextBoolean() ? spread(areaCell) : null);
                    }
                }
            }
        }
        newLine();
        return String.join("\n\n", lines) + "\n";
    }

    /**
     * A row whose left cells and item text all continue on the next page. A new part's title is cut
     * so that its rest is spread out, and a goal title's rest must be longer than a spread-out run:
     * a two-character goal rest after a new part's spread-out rest cannot be told apart from it.
     */
    private void splitRowAcrossPages(Checklist.Area area, String areaCell, String goalCell, boolean newArea,
                                     boolean newGoal, String marker, String text, int split) {
        int areaCut = newArea ? cut(areaCell, area.numeral().length() + 2) : areaCell.length();
        // An unmarked goal's first part must be longer than a spread-out run to be told from the part title.
        int goalCut = newGoal ? cut(goalCell, goalCell.startsWith("(") ? goalCell.indexOf(')') + 2 : 4) : goalCell.length();
        if (newArea && goalCell.length() - goalCut <= 3) {
            goalCut = goalCell.length();
        }
        if (newArea) {
            line.append(areaCell, 0, areaCut).append(' ');
        }
        if (newGoal) {
            line.append(goalCell, 0, goalCut).append(' ');
        }
        line.append(marker).append(text, 0, split);
        newLine();
        line.append(HEADER).append(' ');
        if (areaCut < areaCell.length()) {
            line.append(spreadAll(areaCell.substring(areaCut))).append(' ');
        }
        if (goalCut < goalCell.length()) {
            line.append(goalCell.substring(goalCut)).append(' ');
        }
        line.append(text.substring(split));
    }

    private void pageBreak(String banner) {
        newLine();
        line.append(HEADER);
        newLine();
        if (banner != null) {
            line.append(banner);
            newLine();
        }
    }

    private void newLine() {
        if (!line.isEmpty()) {
            lines.add(" " + line);
            line.setLength(0);
        }
    }

    /** A place to break an item: after some text, not after a sentence end, not next to a digit. */
    private int splitPoint(String text) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = 4 + random.nextInt(Math.max(1, text.length() - 8));
            char before = text.charAt(at - 1);
            char after = text.charAt(at);
            if ("。；！？”,( )".indexOf(before) < 0 && isHan(before) && isHan(after)) {
                return at;
            }
        }
        return -1;
    }

    private int cut(String cell, int min) {
        return Math.min(cell.length() - 1, min + random.nextInt(Math.max(1, cell.length() - min - 1)));
    }

    /** A narrow cell: the first run stays with its marker, the rest in runs of one to three characters. */
    private String spread(String cell) {
        int first = Math.min(cell.length(), cell.indexOf('、') + 2 + random.nextInt(4));
        return cell.substring(0, first) + (first < cell.length() ? " " + spreadAll(cell.substring(first)) : "");
    }

    private String spreadAll(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int n = Math.min(text.length() - i, 1 + random.nextInt(3));
            out.append(out.isEmpty() ? "" : " ").append(text, i, i + n);
            i += n;
        }
        return out.toString();
    }

    private String damageText(String text) {
        return ascii(text).replace(CENSORED, PINYIN).replaceAll("(?<=\\D)(\\d+)(?=\\D)", " $1 ");
    }

    private static String ascii(String text) {
        return text.replace('，', ',').replace('（', '(').replace('）', ')').replace('；', ';').replace('：', ':');
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
