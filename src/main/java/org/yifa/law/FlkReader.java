package org.yifa.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yifa.store.InvalidInputException;

/**
 * Reads one law text in the export shape of the national database 国家法律法规数据库 ({@code data/laws/flk},
 * see its README): a YAML front matter ({@code id} = the database's bbbs, {@code title}, {@code date},
 * {@code publication_date}, {@code effective_date}, {@code status}, {@code group}), the title in bold, the
 * revision history as one quote line, a table of contents, {@code ##}/{@code ###} headings and articles as
 * list items {@code - **第X条**　　text} with further paragraphs and points indented below.
 *
 * <p>The lines are brought one for one into the layout of {@link LawReader}, which reads the body, so both
 * shapes end in the same {@link LawText} and errors name the lines of this file.
 */
public final class FlkReader {

    /** The front matter's facts about the version; a field the export leaves out is null. */
    public record Front(String id, String title, LocalDate date, LocalDate published, LocalDate inForce, String status,
            String group, String author) {
    }

    /** A text and the front matter it came with. */
    public record Result(LawText text, Front front) {
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_]+):\\s*(.*)$");
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    private static final Pattern ARTICLE_ITEM = Pattern.compile("^-\\s*\\*\\*(第[^*]+条)\\*\\*[\\s\\u3000]*(.*)$");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private FlkReader() {
    }

    public static Result read(String file, String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String[] out = new String[lines.length];
        java.util.Arrays.fill(out, "");
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new InvalidInputException(file, 1, "no front matter: the first line must read '---'");
        }
        Map<String, String> front = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            Matcher kv = KEY_VALUE.matcher(lines[i]);
            if (kv.matches() && !kv.group(2).isEmpty()) {
                front.put(kv.group(1), unquote(kv.group(2)));
            }
        }
        if (i == lines.length) {
            throw new InvalidInputException(file, lines.length, "front matter not closed: no second '---' line");
        }
        Front facts = front(file, front);

        List<HeaderEvent> events = new ArrayList<>();
        boolean titleSeen = false;
        boolean headerClosed = false;
        boolean contents = false;
        for (i = i + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!titleSeen) {
                Matcher bold = BOLD_TITLE.matcher(line);
                if (bold.matches()) {
                    out[i] = "# " + bold.group(1).strip();
                    titleSeen = true;
                } else if (!line.isEmpty()) {
                    throw new InvalidInputException(file, i + 1, "expected the title in bold (**…**) after the front matter");
                }
                continue;
            }
            if (!headerClosed) {
                if (line.startsWith(">")) {
                    events.addAll(events(file, i + 1, line.substring(1).strip()));
                    out[i] = LawReader.HEADER_END;
                    headerClosed = true;
                    continue;
                }
                if (line.isEmpty()) {
                    continue;
                }
                // No history quote: the header ends before the first line of the body.
                out[i - 1] = LawReader.HEADER_END;
                headerClosed = true;
            }
            String compact = line.replaceAll("[\\s\\u3000]+", "");
            if (compact.equals("##目录")) {
                contents = true;
                continue;
            }
            if (contents) {
                contents = !(line.equals("---") || line.startsWith("#"));
                if (contents || line.equals("---")) {
                    continue;
                }
            }
            if (line.equals("---")) {
                continue;
            }
            Matcher article = ARTICLE_ITEM.matcher(line);
            if (article.matches()) {
                out[i] = article.group(1) + " " + article.group(2);
            } else if (line.startsWith("- ") && !lines[i].startsWith("-")) {
                out[i] = line.substring(2).strip(); // an indented point （一）…
            } else {
                out[i] = line;
            }
        }
        if (!titleSeen) {
            throw new InvalidInputException(file, lines.length, "no title in bold (**…**) after the front matter");
        }
        String name = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\(.*$", "");
        LawText text = LawReader.read(file, out, events, Titles.normalise(name));
        if (facts.date() != null && !facts.date().equals(text.versionDate())) {
            throw new InvalidInputException(file, 1, "front matter date " + facts.date()
                    + " differs from the file name's " + text.versionDate());
        }
        return new Result(text, facts);
    }

    /** The history quote （…通过　根据…修正　…修订） as one event per date. */
    private static List<HeaderEvent> events(String file, int line, String quote) {
        String q = quote.replaceAll("^[（(]", "").replaceAll("[）)]$", "");
        List<HeaderEvent> events = new ArrayList<>();
        Matcher d = DATE.matcher(q);
        List<Integer> starts = new ArrayList<>();
        while (d.find()) {
            starts.add(d.start());
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : q.length();
            String segment = q.substring(starts.get(k), end).replaceAll("[\\s\\u3000]*根据$", "").strip();
            Matcher m = HeaderEvent.DATED.matcher(segment);
            if (m.matches()) {
                try {
                    events.add(HeaderEvent.of(line, m));
                } catch (DateTimeException e) {
                    throw new InvalidInputException(file, line, "no such date: " + e.getMessage());
                }
            }
        }
        return events;
    }

    private static Front front(String file, Map<String, String> f) {
        String id = f.get("id");
        if (id != null && !ID.matcher(id).matches()) {
            throw new InvalidInputException(file, 2, "id must be the database's bbbs, 32 hexadecimal digits: " + id);
        }
        return new Front(id, f.get("title"), date(file, f, "date"), date(file, f, "publication_date"),
                date(file, f, "effective_date"), f.get("status"), f.get("group"), f.get("author"));
    }

    private static LocalDate date(String file, Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new InvalidInputException(file, 0, "front matter " + key + " must be a date yyyy-mm-dd: '" + v + "'");
        }
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
