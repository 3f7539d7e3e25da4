package org.yifa.framework.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yifa.store.InvalidInputException;

/**
 * Reads a checklist from the PDF-to-text dump of its table (parts | goals | numbered items) and
 * repairs the layout damage by general rules:
 * <ul>
 * <li>the column header that opens the table is a running header: every later occurrence is a page break;</li>
 * <li>a part banner repeating the current part is dropped, also when cut short or landing inside an item;</li>
 * <li>when a row is split by a page break, the continuation line first carries the rest of the row's
 *     left cells (the part banner, then the goal title) and then the rest of the item;</li>
 * <li>item numbers are recognised where a cell or sentence begins, stray dots after them dropped;</li>
 * <li>cell texts lose layout spaces, get full-width punctuation and censored words back
 *     ({@link TextNormalizer}).</li>
 * </ul>
 * Part, goal and item numbers must run without gaps or repeats, and every item must end a sentence;
 * otherwise the whole document is rejected with the line at fault.
 */
public final class ChecklistParser {

    /** Bump when a rule changes, so that stores built by the old rules are re-ingested. */
    public static final String RULES_VERSION = "1";

    /** Cells of a narrow column are spread out: runs of at most this many characters between spaces. */
    private static final int NARROW_CHUNK = 3;
    private static final Pattern FIRST_AREA = Pattern.compile("(?:^|\\s)[一二三四五六七八九十]+\\s*、");
    private static final String SENTENCE_END = "。；！？”";
    private static final String VETO_MARK = "否决";
    /** A column header is a few words; longer text cannot be one (and would compile into an unwieldy pattern). */
    private static final int MAX_HEADER = 100;

    private final TextNormalizer normalizer;

    /** @param censoredWords pinyin found in dumps → the censored word, e.g. {@code mingan → 敏感} */
    public ChecklistParser(Map<String, String> censoredWords) {
        this.normalizer = new TextNormalizer(censoredWords);
    }

    public Checklist parse(String file, String text) {
        return new Run(file, text).parse();
    }

    /** The state of one parse. */
    private final class Run {
        private final String file;
        private final String[] lines;
        private final List<Checklist.Repair> repairs = new ArrayList<>();
        private final List<AreaBuilder> areas = new ArrayList<>();
        private Pattern header;
        private int headerLine = -1;

        private AreaBuilder area;
        private GoalBuilder goal;
        private ItemBuilder item;
        private int lineNo;

        /** Left cells of the row that the last line left unfinished, to be continued on the next line. */
        private String pendingAreaSuffix;
        private AreaBuilder pendingArea;
        private GoalBuilder pendingGoal;

        Run(String file, String text) {
            this.file = file;
            this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        }

        Checklist parse() {
            int first = findTableStart();
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < first; i++) {
                if (i == headerLine) {
                    continue;
                }
                String title = lines[i].replaceAll("\\s+", "");
                if (!title.isEmpty()) {
                    titles.add(normalizer.normalize(title, "title").text());
                }
            }
            for (int i = first; i < lines.length; i++) {
                lineNo = i + 1;
                parseLine(lines[i]);
            }
            return finish(titles);
        }

        /**
         * Finds the first table line and the running header: the text before the first part marker
         * on that line, or else a line above the table that recurs below it.
         */
        private int findTableStart() {
            for (int i = 0; i < lines.length; i++) {
                Matcher m = FIRST_AREA.matcher(lines[i]);
                if (m.find()) {
                    String before = lines[i].substring(0, m.start()).replaceAll("\\s+", "");
                    if (!before.isEmpty()) {
                        if (before.length() > MAX_HEADER) {
                            throw new InvalidInputException(file, i + 1, "the text before the first part heading is "
                                    + before.length() + " characters long, too long for the table's column header");
                        }
                        header = spaced(before);
                        return i;
                    }
                    for (int t = i - 1; t >= 0 && header == null; t--) {
                        String candidate = lines[t].replaceAll("\\s+", "");
                        if (!candidate.isEmpty() && candidate.length() <= MAX_HEADER && recursAfter(spaced(candidate), i)) {
                            header = spaced(candidate);
                            headerLine = t;
                        }
                    }
                    return i;
                }
            }
            if (Arrays.stream(lines).allMatch(String::isBlank)) {
                throw new InvalidInputException(file, 0, "the document is empty");
            }
            throw new InvalidInputException(file, 0, "no part heading such as '一、…' found: not a checklist");
        }

        private boolean recursAfter(Pattern pattern, int from) {
            for (int i = from; i < lines.length; i++) {
                if (pattern.matcher(lines[i]).find()) {
                    return true;
                }
            }
            return false;
        }

        private static Pattern spaced(String text) {
            return Pattern.compile(String.join("\\s*", text.codePoints()
                    .mapToObj(cp -> Pattern.quote(new String(Character.toChars(cp)))).toList()));
        }

        private void parseLine(String raw) {
            String line = raw;
            if (header != null) {
                Matcher h = header.matcher(line);
                if (h.find()) {
                    line = h.replaceAll(" ");
                    repair("RunningHeader", "removed the running table header");
                }
            }
            List<Token> tokens = LineScanner.scan(line);
            if (tokens.isEmpty()) {
                return;
            }
            boolean leftCellsOnLine = false;
            boolean itemTextOnLine = false;
            int i = 0;
            if (tokens.get(0).kind() == Token.Kind.TEXT) {
                continueRow(tokens.get(0).text());
                itemTextOnLine = true;
                i = 1;
            }
            clearPending();
            for (; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String following = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.TEXT
                        ? tokens.get(++i).text() : "";
                switch (token.kind()) {
                    case AREA -> leftCellsOnLine |= areaCell(token, following, itemTextOnLine);
                    case GOAL -> {
                        goalCell(token, following);
                        leftCellsOnLine = true;
                    }
                    case ITEM -> {
                        startItem(token, following, itemTextOnLine);
                        itemTextOnLine = true;
                    }
                    case TEXT -> throw new IllegalStateException("text tokens follow markers");
                }
            }
            if (leftCellsOnLine && item != null && !item.finished()) {
                pendingGoal = goal != null && goal.line == lineNo ? goal : null;
            } else {
                clearPending();
            }
        }

        private void clearPending() {
            pendingAreaSuffix = null;
            pendingArea = null;
            pendingGoal = null;
        }

        /** Text at the start of a line: left cells of a row split by a page break, then the item's rest. */
        private void continueRow(String text) {
            List<String> chunks = new ArrayList<>(Arrays.asList(TextNormalizer.joinDigits(text).split("\\s+")));
            StringBuilder moved = new StringBuilder();
            if (pendingAreaSuffix != null) {
                StringBuilder seen = new StringBuilder();
                while (chunks.size() > 1 && pendingAreaSuffix.startsWith(seen + chunks.get(0))) {
                    seen.append(chunks.remove(0));
                }
                if (!seen.isEmpty()) {
                    moved.append("rest of the part banner '").append(seen).append("' dropped; ");
                }
            } else if (pendingArea != null) {
                StringBuilder rest = new StringBuilder();
                while (chunks.size() > 1 && chunks.get(0).length() <= NARROW_CHUNK) {
                    rest.append(chunks.remove(0));
                }
                if (!rest.isEmpty()) {
                    pendingArea.title.append(rest);
                    repair("SplitTitle", "part title continued after the page break: '" + rest + "'");
                    moved.append("part title '").append(rest).append("'; ");
                }
            }
            if (pendingGoal != null && chunks.size() > 1) {
                String rest = chunks.remove(0);
                pendingGoal.title.append(rest);
                repair("SplitTitle", "goal title continued after the page break: '" + rest + "'");
                moved.append("goal title '").append(rest).append("'; ");
            }
            if (!moved.isEmpty()) {
                repair("InterleavedCells", "left-column cells separated from the item text: " + moved);
            }
            if (item == null) {
                throw new InvalidInputException(file, lineNo, "text outside any numbered item: '" + text.strip() + "'");
            }
            item.text.append(String.join("", chunks));
        }

        private boolean areaCell(Token token, String following, boolean afterItemText) {
            List<String> chunks = new ArrayList<>(Arrays.asList(following.split("\\s+")));
            StringBuilder title = new StringBuilder(chunks.isEmpty() ? "" : chunks.remove(0));
            while (!chunks.isEmpty() && chunks.get(0).length() <= NARROW_CHUNK) {
                title.append(chunks.remove(0));
            }
            String unmarkedGoal = String.join(" ", chunks);

            if (area != null && token.number() == area.number) {
                String known = area.title.toString();
                String seen = title.toString();
                if (known.startsWith(seen)) {
                    repair(afterItemText ? "BannerInText" : "RepeatedBanner",
                            "dropped the repeated banner of part " + token.text() + (known.equals(seen) ? "" : " (cut short)"));
                    if (!known.equals(seen)) {
                        pendingAreaSuffix = known.substring(seen.length());
                    }
                } else if (seen.startsWith(known)) {
                    area.title.setLength(0);
                    area.title.append(seen);
                    repair("SplitTitle", "completed the title of part " + token.text() + " from a later banner");
                } else if (continuesItem(token.text() + "、" + following)) {
                    return false;
                } else {
                    throw new InvalidInputException(file, lineNo, "part " + token.text() + " appears again with another title: '"
                            + seen + "' (first at line " + area.line + ": '" + known + "')");
                }
                if (!unmarkedGoal.isEmpty()) {
                    throw new InvalidInputException(file, lineNo, "unexpected text after the part banner: '" + unmarkedGoal + "'");
                }
                return pendingAreaSuffix != null;
            }
            int expected = area == null ? 1 : area.number + 1;
            if (token.number() != expected && continuesItem(token.text() + "、" + following)) {
                return false;
            }
            if (token.number() != expected) {
                throw numbering("part", ChineseNumerals.format(expected), token.text(), area == null ? 0 : area.line);
            }
            area = new AreaBuilder(token.number(), token.text(), title.toString(), lineNo);
            areas.add(area);
            goal = null;
            item = null;
            pendingArea = area;
            if (!unmarkedGoal.isEmpty()) {
                goal = new GoalBuilder(1, "", unmarkedGoal, lineNo);
                area.goals.add(goal);
            }
            return true;
        }

        private void goalCell(Token token, String following) {
            requireArea("goal (" + token.text() + ")");
            String title = following.replaceAll("\\s+", "");
            if (goal != null && token.number() == goal.number && goal.title.toString().startsWith(title)) {
                repair("RepeatedBanner", "dropped the repeated goal title (" + token.text() + ")");
                return;
            }
            int expected = goal == null ? 1 : goal.number + 1;
            if (token.number() != expected && continuesItem("（" + token.text() + "）" + following)) {
                return;
            }
            if (token.number() != expected) {
                throw numbering("goal in part " + area.numeral, "(" + ChineseNumerals.format(expected) + ")",
                        "(" + token.text() + ")", goal == null ? area.line : goal.line);
            }
            goal = new GoalBuilder(token.number(), token.text(), following, lineNo);
            area.goals.add(goal);
        }

        private void startItem(Token token, String following, boolean afterItemText) {
            requireArea("item " + token.text());
            if (goal == null) {
                throw new InvalidInputException(file, lineNo, "item " + token.text() + " of part " + area.numeral
                        + " comes before any goal of that part");
            }
            int expected = item == null ? 1 : item.number + 1;
            if (token.number() != expected) {
                throw numbering("item in part " + area.numeral, expected + ".", token.text() + ".", item == null ? area.line : item.line);
            }
            if (token.strayDots()) {
                repair("StrayDot", "dropped stray dot(s) after item number " + token.text());
            }
            if (afterItemText) {
                repair("SharedLine", "item " + area.number + "." + token.text() + " starts on the line of the item before it");
            }
            item = new ItemBuilder(token.number(), lineNo);
            item.text.append(following);
            goal.items.add(item);
        }

        /**
         * A marker that neither opens the next part or goal nor repeats the current one, met while an
         * item breaks off mid-sentence, is that item's text that happened to start a line
         * (e.g. {@code “五证合 | 一、一照一码”} split by a page break).
         */
        private boolean continuesItem(String text) {
            if (item == null || item.finished()) {
                return false;
            }
            item.text.append(text);
            repair("InterleavedCells", "'" + text.strip() + "' continues item " + area.number + "." + item.number
                    + " although it starts like a heading");
            return true;
        }

        private void requireArea(String what) {
            if (area == null) {
                throw new InvalidInputException(file, lineNo, what + " comes before any part heading");
            }
        }

        private InvalidInputException numbering(String what, String expected, String found, int previousLine) {
            boolean repeat = what.startsWith("item") ? Integer.parseInt(found.replace(".", "")) < Integer.parseInt(expected.replace(".", ""))
                    : ChineseNumerals.parse(found.replaceAll("[()]", "")) < ChineseNumerals.parse(expected.replaceAll("[()]", ""));
            return new InvalidInputException(file, lineNo, (repeat ? "duplicated number: " : "numbering gap: ")
                    + what + " numbered " + found + " where " + expected + " was expected"
                    + (previousLine > 0 ? " (previous one at line " + previousLine + ")" : ""));
        }

        private Checklist finish(List<String> titles) {
            if (areas.isEmpty()) {
                throw new InvalidInputException(file, 0, "no parts found");
            }
            List<Checklist.Area> result = new ArrayList<>();
            for (AreaBuilder a : areas) {
                boolean veto = a.title.toString().contains(VETO_MARK);
                String areaTitle = clean(a.title.toString(), a.line, "title of part " + a.numeral);
                List<Checklist.Goal> goals = new ArrayList<>();
                if (a.goals.isEmpty()) {
                    throw new InvalidInputException(file, a.line, "part " + a.numeral + " has no goals or items");
                }
                for (GoalBuilder g : a.goals) {
                    List<Checklist.Item> items = new ArrayList<>();
                    for (ItemBuilder it : g.items) {
                        String where = "item " + a.number + "." + it.number;
                        String text = clean(it.text.toString(), it.line, where);
                        if (text.isEmpty()) {
                            throw new InvalidInputException(file, it.line, where + " has no text");
                        }
                        if (SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0) {
                            throw new InvalidInputException(file, it.line, where + " breaks off mid-sentence: '…"
                                    + text.substring(Math.max(0, text.length() - 12)) + "' (truncated document?)");
                        }
                        items.add(new Checklist.Item(a.number, it.number, text, veto, it.line));
                    }
                    goals.add(new Checklist.Goal(a.number, g.number, g.numeral,
                            clean(g.title.toString(), g.line, "goal " + a.number + "(" + g.number + ")"), g.line, List.copyOf(items)));
                }
                result.add(new Checklist.Area(a.number, a.numeral, areaTitle, veto, a.line, List.copyOf(goals)));
            }
            if (result.stream().allMatch(a -> a.goals().stream().allMatch(g -> g.items().isEmpty()))) {
                throw new InvalidInputException(file, 0, "no numbered items found");
            }
            String title = titles.isEmpty() ? "" : titles.get(titles.size() - 1);
            List<String> alternatives = titles.isEmpty() ? List.of() : titles.subList(0, titles.size() - 1);
            return new Checklist(title, List.copyOf(alternatives), List.copyOf(result), List.copyOf(repairs));
        }

        private String clean(String raw, int line, String where) {
            TextNormalizer.Result result = normalizer.normalize(raw, where);
            for (String[] r : result.repairs()) {
                repairs.add(new Checklist.Repair(r[0], line, r[1]));
            }
            return result.text();
        }

        private void repair(String kind, String message) {
            repairs.add(new Checklist.Repair(kind, lineNo, message));
        }
    }

    private static final class AreaBuilder {
        final int number;
        final String numeral;
        final StringBuilder title;
        final int line;
        final List<GoalBuilder> goals = new ArrayList<>();

        AreaBuilder(int number, String numeral, String title, int line) {
            this.number = number;
            this.numeral = numeral;
            this.title = new StringBuilder(title);
            this.line = line;
        }
    }

    private static final class GoalBuilder {
        final int number;
        final String numeral;
        final StringBuilder title;
        final int line;
        final List<ItemBuilder> items = new ArrayList<>();

        GoalBuilder(int number, String numeral, String title, int line) {
            this.number = number;
            this.numeral = numeral;
            this.title = new StringBuilder(title);
            this.line = line;
        }
    }

    private static final class ItemBuilder {
        final int number;
        final int line;
        final StringBuilder text = new StringBuilder();

        ItemBuilder(int number, int line) {
            this.number = number;
            this.line = line;
        }

        boolean finished() {
            String t = text.toString().strip();
            return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
        }
    }
}
