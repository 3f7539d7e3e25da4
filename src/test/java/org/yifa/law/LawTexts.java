package org.yifa.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shipped law texts read straight from {@code data/laws/texts}, for computing expectations in tests. */
final class LawTexts {

    static final Path ROOT = Path.of("data/laws/texts");
    /** An article line as a reader sees it: 第, a Chinese numeral, 条, at the start of a line. */
    static final Pattern ARTICLE_LINE = Pattern.compile("^第[零一二三四五六七八九十百千]+条");

    private LawTexts() {
    }

    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Versions shipped in both shapes: the texts here and the national database's exports in data/laws/flk. */
    static int versionCount() {
        return files().size() + FlkReaderTest.flkFiles().size();
    }

    /** The version dates of a short title over both shapes, sorted. */
    static List<String> versionDates(String shortTitle) {
        List<String> dates = new java.util.ArrayList<>(files().stream().filter(f -> shortTitle(f).equals(shortTitle))
                .map(LawTexts::versionDate).toList());
        FlkReaderTest.flkFiles().stream().filter(f -> Titles.normalise(shortTitle(f)).equals(shortTitle))
                .forEach(f -> dates.add(fileDate(f)));
        return dates.stream().sorted().toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return files().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /** The path as the application names it: data/laws/texts/…. */
    static String dataPath(Path file) {
        return "data/laws/texts/" + ROOT.relativize(file).toString().replace('\\', '/');
    }

    static long articleLines(Path file) {
        return read(file).lines().filter(l -> ARTICLE_LINE.matcher(l).find()).count();
    }

    /** The file name's short title: 行政许可法(2019-04-23).md → 行政许可法. */
    static String shortTitle(Path file) {
        return file.getFileName().toString().replaceAll("(\\(.*\\))?\\.md$", "");
    }

    /** The slug that data/laws/laws.csv gives a short title. */
    static String slug(String shortTitle) {
        try {
            return Files.readAllLines(Path.of("data/laws/laws.csv")).stream()
                    .filter(l -> l.startsWith(shortTitle + ","))
                    .map(l -> l.substring(l.indexOf(',') + 1).strip())
                    .findFirst().orElseThrow(() -> new AssertionError("no slug for " + shortTitle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version date: the file name's, or (宪法) that of the last dated header line. */
    static String versionDate(Path file) {
        String date = fileDate(file);
        if (date != null) {
            return date;
        }
        var dated = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
        for (String line : read(file).lines().toList()) {
            if (line.contains("INFO END")) {
                break;
            }
            var m = dated.matcher(line);
            if (m.find()) {
                date = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        return date;
    }

    static String versionIri(Path file) {
        return "https://w3id.org/yifa/id/law/" + slug(shortTitle(file)) + "/" + versionDate(file);
    }

    /** The file name's date, or null (宪法). */
    static String fileDate(Path file) {
        var m = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)").matcher(file.getFileName().toString());
        return m.find() ? m.group(1) : null;
    }

    /** The lines of one article in the file, from its 第X条 line up to the next article or heading. */
    static List<String> articleBlock(Path file, String numberZh) {
        List<String> lines = LawTexts.read(file).lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(numberZh + " ")) {
                start = i;
            }
        }
        org.assertj.core.api.Assertions.assertThat(start).as("%s in %s", numberZh, file).isGreaterThanOrEqualTo(0);
        List<String> block = new java.util.ArrayList<>();
        block.add(lines.get(start));
        for (int i = start + 1; i < lines.size(); i++) {
            String l = lines.get(i).strip().replace("\u200b", "");
            if (LawTexts.ARTICLE_LINE.matcher(l).find() || l.startsWith("#")) {
                break;
            }
            if (!l.isEmpty() && !l.startsWith("<!--")) {
                block.add(l);
            }
        }
        return block;
    }


    /** An article's text as the file gives it: its lines without the leading 第X条, joined by line breaks. */
    static String articleText(Path file, String numberZh) {
        List<String> block = new java.util.ArrayList<>(articleBlock(file, numberZh));
        block.set(0, block.get(0).substring(numberZh.length()).strip());
        return String.join("\n", block);
    }
}
