package org.yifa.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The shipped data files read straight from {@code data/}, with no code of the service, for computing
 * what the queries should answer.
 */
final class SourceData {

    private static final Path DATA = Path.of("data");
    private static final Pattern LAW_FILE = Pattern.compile("(.+?)(?:\\((\\d{4}-\\d{2}-\\d{2})\\))?\\.md");

    private SourceData() {
    }

    /** One row of data/links/area-*.csv. */
    record Link(String item, String law, String version, String article, String paragraph, String kind,
                String quote, boolean verified) {
    }

    /** One criterion of data/criteria/area-*.yaml: evidence is type slug → minimum count as written (null: not written). */
    record Criterion(String id, String item, String sentence, String responsible, Map<String, Integer> evidence) {
    }

    /** One shipped law text: short title and version date from the file name, the title from its first line. */
    record LawFile(String shortTitle, String version, String title, Path path) {

        String text() {
            return read(path);
        }
    }

    static List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (Path file : files(DATA.resolve("links"), ".csv")) {
            List<List<String>> rows = csv(read(file));
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                java.util.function.Function<String, String> col = name -> row.get(header.indexOf(name)).strip();
                links.add(new Link(col.apply("item"), col.apply("law"), col.apply("version"), col.apply("article"),
                        col.apply("paragraph"), col.apply("kind"), col.apply("quote"), col.apply("verified").equals("yes")));
            }
        }
        return links;
    }

    @SuppressWarnings("unchecked")
    static List<Criterion> criteria() {
        List<Criterion> criteria = new ArrayList<>();
        for (Path file : files(DATA.resolve("criteria"), ".yaml")) {
            Map<String, Object> doc = new Yaml().load(read(file));
            for (Map<String, Object> item : (List<Map<String, Object>>) doc.getOrDefault("items", List.of())) {
                for (Map<String, Object> c : (List<Map<String, Object>>) item.get("criteria")) {
                    Map<String, Integer> evidence = new java.util.LinkedHashMap<>();
                    for (Object e : (List<Object>) c.getOrDefault("evidence", List.of())) {
                        if (e instanceof Map<?, ?> m) {
                            evidence.put((String) m.get("type"), (Integer) m.get("min"));
                        } else {
                            evidence.put((String) e, null);
                        }
                    }
                    criteria.add(new Criterion((String) c.get("id"), (String) item.get("item"), (String) c.get("sentence"),
                            (String) c.get("responsible"), evidence));
                }
            }
        }
        return criteria;
    }

    static List<LawFile> laws() {
        try (Stream<Path> walk = Files.walk(DATA.resolve("laws/texts"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                Matcher m = LAW_FILE.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    throw new IllegalStateException(p.toString());
                }
                String title = read(p).lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "").strip();
                return new LawFile(m.group(1), m.group(2), title, p);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The national database's exports ({@code data/laws/flk}): the short title is the file name's title less
     * 中华人民共和国, the version its date; the title is the front matter's {@code title:}.
     */
    static List<LawFile> flkLaws() {
        try (Stream<Path> walk = Files.walk(DATA.resolve("laws/flk"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                Matcher m = LAW_FILE.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    throw new IllegalStateException(p.toString());
                }
                String title = read(p).lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow()
                        .substring("title:".length()).strip();
                return new LawFile(m.group(1).replaceFirst("^中华人民共和国", ""), m.group(2), title, p);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("area-") && p.toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes, "" for a quote inside. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replace("\r", ""));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
