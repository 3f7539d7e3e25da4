package org.yifa.framework.parse;

import java.util.List;

/**
 * A checklist document as parsed: its parts (areas), their goals and numbered items, and every
 * repair the parser made to the layout damage of the text it was given.
 *
 * @param title             the document's title, e.g. {@code ××市依法行政示范单位目标要求}
 * @param alternativeTitles other title lines found above the table
 */
public record Checklist(String title, List<String> alternativeTitles, List<Area> areas, List<Repair> repairs) {

    public List<Item> items() {
        return areas.stream().flatMap(a -> a.goals().stream()).flatMap(g -> g.items().stream()).toList();
    }

    /**
     * One part of the checklist, e.g. {@code 一、依法全面履行政府职能}.
     *
     * @param number  1 for 一 …
     * @param numeral the Chinese numeral as written
     * @param veto    whether its items are one-vote-veto conditions rather than requirements
     * @param line    where the part begins in the source (1-based)
     */
    public record Area(int number, String numeral, String title, boolean veto, int line, List<Goal> goals) {

        public String notation() {
            return Integer.toString(number);
        }

        public String label() {
            return numeral + "、" + title;
        }
    }

    /**
     * A group of items within a part, e.g. {@code (一)深化行政审批制度改革}; a part may have one
     * group without a marker (numeral empty).
     */
    public record Goal(int area, int number, String numeral, String title, int line, List<Item> items) {

        public String notation() {
            return area + "(" + number + ")";
        }

        public String label() {
            return numeral.isEmpty() ? title : "（" + numeral + "）" + title;
        }
    }

    /** A numbered work requirement or veto condition; its notation is {@code part.number}, e.g. {@code 1.4}. */
    public record Item(int area, int number, String text, boolean veto, int line) {

        public String notation() {
            return area + "." + number;
        }
    }

    /**
     * One repair of layout damage.
     *
     * @param kind    local name of a {@code yf:RepairKind}, e.g. {@code RunningHeader}
     * @param line    the source line it concerns (1-based)
     * @param message what was found and what was done
     */
    public record Repair(String kind, int line, String message) {
    }
}
