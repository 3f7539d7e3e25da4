package org.yifa.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yifa.framework.parse.ChineseNumerals;
import org.yifa.store.InvalidInputException;

/**
 * Reads one law text in the layout of {@code data/laws/texts} (see its README): {@code # 全称}, dated
 * header lines up to {@code <!-- INFO END -->}, then {@code ##} chapters, {@code ###} sections and
 * articles as paragraphs starting 第X条. Rejects a malformed text with the file and line.
 */
public final class LawReader {

    static final String HEADER_END = "<!-- INFO END -->";

    private static final Pattern FILE_NAME = Pattern.compile("^([^/()（）]+?)(?:\\((\\d{4})-(\\d{2})-(\\d{2})\\))?\\.md$");
    private static final Pattern ARTICLE = Pattern.compile("^第([零〇一二三四五六七八九十百千两0-9０-９]+)条(?:[\\s\\u3000]+(.*))?$");
    private static final Pattern CHAPTER = Pattern.compile("^第(\\S+?)章\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^第(\\S+?)节\\s*(.*)$");
    /** A part of a judicial interpretation: {@code ## 一、受案范围}; read as a chapter. */
    private static final Pattern NUMBERED_PART = Pattern.compile("^([零一二三四五六七八九十百]+)、\\s*(.*)$");
    /** A point (项) （一）/(一), or a sub-point (目) 1. — part of the paragraph above it. */
    private static final Pattern POINT = Pattern.compile("^(?:[（(][一二三四五六七八九十]+[）)]|\\d+[.．、])");
    /**
     * A heading's words: short, without sentence-ending punctuation (a comma may occur). A line of such words right after a heading
     * continues a heading broken over two lines (监督法 2006: 第二章 听取和审议人民政府、人民法院和 / 人民检察院的专项工作报告).
     */
    private static final Pattern HEADING_WORDS = Pattern.compile("^[^。；：！？;:!?]{1,40}$");
    private static final Pattern LAYOUT = Pattern.compile("[\\s\\u3000\\u200b\\ufeff]+");

    private LawReader() {
    }

    /**
     * Reads {@code text}, the content of {@code file}; the file name (not the folders) gives the short
     * title and version date, the parent folder the {@link LawText#folder()}.
     */
    public static LawText read(String file, String text) {
        return new Parse(file, text).run();
    }

    /**
     * Reads lines already brought into this layout by another reader ({@link FlkReader}), one for one
     * so that errors name the lines of the original file; {@code events} are the header's dated events,
     * which that reader took from its own header, and {@code shortTitle} replaces the file name's.
     */
    static LawText read(String file, String[] lines, List<HeaderEvent> events, String shortTitle) {
        Parse parse = new Parse(file, lines, shortTitle);
        parse.events.addAll(events);
        return parse.run();
    }

    /** Strict value of a Chinese numeral as laws write it (十二, 一百零三, 一百一十), or -1. */
    static int numeral(String zh) {
        int value = ChineseNumerals.parse(zh);
        return value > 0 && zh.equals(canonical(value)) ? value : -1;
    }

    /** The numeral for {@code value} as laws write it: 十, 十一, 一百零三, 一百一十, 一千零一. */
    static String canonical(int value) {
        String digits = "零一二三四五六七八九";
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < units.length; i++) {
            int d = value / units[i] % 10;
            if (d == 0) {
                gap |= sb.length() > 0;
                continue;
            }
            if (gap) {
                sb.append('零');
                gap = false;
            }
            if (units[i] == 10 && d == 1 && sb.length() == 0) {
                sb.append('十');
            } else {
                sb.append(digits.charAt(d)).append(names[i]);
            }
        }
        return sb.toString();
    }

    /**
     * The line without layout characters (spaces, ideographic spaces, zero-width spaces) at either end.
     * A loop, not a regex: {@code [\s…]+$} retried at every position of a long inner run of spaces is quadratic.
     */
    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && layout(line.charAt(start))) {
            start++;
        }
        while (end > start && layout(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** The characters of {@link #LAYOUT}: ASCII whitespace (regex {@code \s}), U+3000, U+200B and U+FEFF. */
    private static boolean layout(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }

    /** One reading of one file. */
    private static final class Parse {

        private final String file;
        private final String[] lines;
        /** The short title where the file name does not give it as such, else null. */
        private final String shortTitle;
        private final List<HeaderEvent> events = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private final List<LawText.Chapter> chapters = new ArrayList<>();
        private final List<LawText.Article> articles = new ArrayList<>();

        private List<LawText.Section> sections;
        private ArticleDraft article;
        private boolean inPreamble;
        /** The last line read was a heading: a following line of heading words continues it. */
        private boolean headingOpen;
        private int lastArticleLine;

        Parse(String file, String text) {
            this(file, text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1), null);
        }

        Parse(String file, String[] lines, String shortTitle) {
            this.file = file;
            this.lines = lines;
            this.shortTitle = shortTitle;
        }

        LawText run() {
            String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            Matcher fileName = FILE_NAME.matcher(name);
            if (!fileName.matches()) {
                throw new InvalidInputException(file, 0, "file name must read 简称(yyyy-mm-dd).md or 简称.md");
            }
            String shortTitle = this.shortTitle != null ? this.shortTitle : fileName.group(1);
            String folder = folderOf(file);

            int i = 0;
            while (i < lines.length && strip(lines[i]).isEmpty()) {
                i++;
            }
            if (i == lines.length || !strip(lines[i]).startsWith("# ") || strip(lines[i]).substring(2).isBlank()) {
                throw new InvalidInputException(file, Math.min(i + 1, lines.length), "no title: the first line must read '# 全称'");
            }
            String title = strip(lines[i]).substring(2).strip();
            int titleLine = i + 1;
            if (!Titles.normalise(title).equals(Titles.normalise(shortTitle))) {
                throw new InvalidInputException(file, titleLine,
                        "title '" + title + "' does not match the short title '" + shortTitle + "' of the file name");
            }
            i = header(i + 1);
            body(i);
            if (articles.isEmpty()) {
                throw new InvalidInputException(file, lines.length, "no article (第一条 …) in the text");
            }

            LocalDate versionDate;
            boolean inFileName = fileName.group(2) != null;
            if (inFileName) {
                try {
                    versionDate = LocalDate.of(Integer.parseInt(fileName.group(2)), Integer.parseInt(fileName.group(3)),
                            Integer.parseInt(fileName.group(4)));
                } catch (DateTimeException e) {
                    throw new InvalidInputException(file, 0, "no such date in the file name: " + e.getMessage());
                }
            } else if (!events.isEmpty()) {
                // 宪法's file name has no date: its text is the one as last amended, so the last header
                // event (2018年3月11日 …《中华人民共和国宪法修正案》) dates the version.
                versionDate = events.get(events.size() - 1).date();
            } else {
                throw new InvalidInputException(file, titleLine,
                        "no version date: neither the file name nor a dated header line gives one");
            }
            return new LawText(file, folder, shortTitle, title, versionDate, inFileName, List.copyOf(events),
                    List.copyOf(preamble), List.copyOf(chapters), List.copyOf(articles));
        }

        /** Reads the dated lines after the title; returns the index of the first body line. */
        private int header(int from) {
            for (int i = from; i < lines.length; i++) {
                String line = strip(lines[i]);
                if (line.equals(HEADER_END)) {
                    return i + 1;
                }
                if (line.startsWith("#") || ARTICLE.matcher(line).matches()) {
                    throw new InvalidInputException(file, i + 1,
                            "header not closed: expected '" + HEADER_END + "' before the text begins");
                }
                Matcher dated = HeaderEvent.DATED.matcher(line);
                if (dated.matches()) {
                    try {
                        events.add(HeaderEvent.of(i + 1, dated));
                    } catch (DateTimeException e) {
                        throw new InvalidInputException(file, i + 1, "no such date: " + e.getMessage());
                    }
                }
            }
            throw new InvalidInputException(file, lines.length, "header not closed: no '" + HEADER_END + "' line");
        }

        private void body(int from) {
            for (int i = from; i < lines.length; i++) {
                String line = strip(lines[i]);
                int number = i + 1;
                if (line.isEmpty() || (line.startsWith("<!--") && line.endsWith("-->"))) {
                    continue;
                }
                if (line.startsWith("#")) {
                    heading(line, number);
                    headingOpen = !inPreamble;
                    continue;
                }
                boolean continued = headingOpen;
                headingOpen = false;
                Matcher art = ARTICLE.matcher(line);
                if (art.matches()) {
                    startArticle(art.group(1), art.group(2) == null ? "" : art.group(2).strip(), number);
                } else if (article != null) {
                    if (POINT.matcher(line).find() || article.lastIsEmpty()) {
                        article.append(line);
                    } else {
                        article.paragraph(line, number);
                    }
                } else if (continued && HEADING_WORDS.matcher(line).matches()) {
                    continueHeading(line);
                } else if (inPreamble || (chapters.isEmpty() && articles.isEmpty())) {
                    // Words before the first heading and article (为正确适用…制定本解释) introduce the text.
                    preamble.add(line);
                } else {
                    throw new InvalidInputException(file, number, "text outside any article: " + abbreviate(line));
                }
            }
            finishArticle();
        }

        private void heading(String line, int number) {
            finishArticle();
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            String text = line.substring(level).strip();
            String compact = LAYOUT.matcher(text).replaceAll("");
            if (level == 2 && compact.equals("序言")) {
                if (!chapters.isEmpty() || !articles.isEmpty()) {
                    throw new InvalidInputException(file, number, "序言 after the first chapter or article");
                }
                inPreamble = true;
                return;
            }
            inPreamble = false;
            Matcher m = (level == 2 ? CHAPTER : SECTION).matcher(text);
            boolean numberedPart = false;
            if (level == 2 && !m.matches()) {
                m = NUMBERED_PART.matcher(text);
                numberedPart = true;
            }
            if ((level != 2 && level != 3) || !m.matches()) {
                throw new InvalidInputException(file, number,
                        "heading not understood (expected '## 第X章 …', '### 第X节 …' or '## 序言'): " + abbreviate(line));
            }
            int ordinal = numeral(m.group(1));
            String unit = level == 2 ? "章" : "节";
            if (ordinal < 0) {
                throw new InvalidInputException(file, number, "heading number 第" + m.group(1) + unit + " does not parse");
            }
            String title = LAYOUT.matcher(m.group(2)).replaceAll("");
            if (level == 2) {
                expect(chapters.size() + 1, ordinal, "第", unit, number);
                sections = new ArrayList<>();
                String numberZh = numberedPart ? m.group(1) + "、" : "第" + m.group(1) + unit;
                chapters.add(new LawText.Chapter(ordinal, numberZh, title, number, sections));
            } else {
                if (sections == null) {
                    throw new InvalidInputException(file, number, "section heading outside a chapter");
                }
                expect(sections.size() + 1, ordinal, "第", unit, number);
                sections.add(new LawText.Section(ordinal, "第" + m.group(1) + unit, title, number));
            }
        }

        private void continueHeading(String line) {
            String words = LAYOUT.matcher(line).replaceAll("");
            if (sections != null && !sections.isEmpty() && sections.get(sections.size() - 1).line() > chapters.get(chapters.size() - 1).line()) {
                LawText.Section s = sections.remove(sections.size() - 1);
                sections.add(new LawText.Section(s.ordinal(), s.numberZh(), s.title() + words, s.line()));
            } else {
                LawText.Chapter c = chapters.remove(chapters.size() - 1);
                chapters.add(new LawText.Chapter(c.ordinal(), c.numberZh(), c.title() + words, c.line(), c.sections()));
            }
        }

        private void startArticle(String numeral, String rest, int number) {
            finishArticle();
            int ordinal = numeral(numeral);
            if (ordinal < 0) {
                throw new InvalidInputException(file, number, "article number 第" + numeral + "条 does not parse");
            }
            int expected = articles.size() + 1;
            if (ordinal == expected - 1) {
                throw new InvalidInputException(file, number,
                        "article 第" + numeral + "条 appears twice (first at line " + lastArticleLine + ")");
            }
            expect(expected, ordinal, "第", "条", number);
            inPreamble = false;
            lastArticleLine = number;
            int chapter = chapters.isEmpty() ? 0 : chapters.get(chapters.size() - 1).ordinal();
            int section = sections == null || sections.isEmpty() ? 0 : sections.get(sections.size() - 1).ordinal();
            article = new ArticleDraft(ordinal, "第" + numeral + "条", number, chapter, section);
            article.paragraph(rest, number);
        }

        private void expect(int expected, int found, String prefix, String unit, int number) {
            if (found != expected) {
                String was = expected == 1 ? "the first" : "after " + prefix + canonical(expected - 1) + unit + ",";
                throw new InvalidInputException(file, number, (found < expected ? "numbering repeats: " : "numbering skips: ")
                        + was + " expected " + prefix + canonical(expected) + unit + ", found " + prefix + canonical(found) + unit);
            }
        }

        private void finishArticle() {
            if (article != null) {
                articles.add(article.build());
                article = null;
            }
        }

        private static String folderOf(String file) {
            String path = file.replace('\\', '/');
            int end = path.lastIndexOf('/');
            if (end < 0) {
                return "";
            }
            return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
        }

        private static String abbreviate(String line) {
            return line.length() > 30 ? line.substring(0, 30) + "…" : line;
        }
    }

    /** An article being read: paragraphs as lists of lines. */
    private static final class ArticleDraft {

        private final int ordinal;
        private final String numberZh;
        private final int line;
        private final int chapter;
        private final int section;
        private final List<StringBuilder> texts = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        ArticleDraft(int ordinal, String numberZh, int line, int chapter, int section) {
            this.ordinal = ordinal;
            this.numberZh = numberZh;
            this.line = line;
            this.chapter = chapter;
            this.section = section;
        }

        void paragraph(String text, int number) {
            texts.add(new StringBuilder(text));
            starts.add(number);
        }

        /** Adds a line to the last paragraph: a point, or the words of a 第X条 that stood alone on its line. */
        void append(String text) {
            StringBuilder last = texts.get(texts.size() - 1);
            if (last.length() > 0) {
                last.append('\n');
            }
            last.append(text);
        }

        boolean lastIsEmpty() {
            return texts.get(texts.size() - 1).length() == 0;
        }

        LawText.Article build() {
            List<LawText.Paragraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                paragraphs.add(new LawText.Paragraph(i + 1, starts.get(i), texts.get(i).toString()));
            }
            return new LawText.Article(ordinal, numberZh, line, chapter, section, List.copyOf(paragraphs));
        }
    }
}
