package org.yifa.law;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.yifa.store.InvalidInputException;

/**
 * Matches the shipped law versions against a catalog export of a legal database (title, level,
 * published, in_force_from, superseded, category) by normalised title ({@link Titles#normalise}),
 * using the publication date where a title has several rows, and reports matched, ambiguous and
 * unmatched versions. Runs without Spring:
 * <pre>java -cp target/yifa-0.1.0-SNAPSHOT.jar -Dloader.main=org.yifa.law.CatalogLinker \
 *     org.springframework.boot.loader.launch.PropertiesLauncher data/laws/catalog.csv</pre>
 */
public final class CatalogLinker {

    /** One law version and what the catalog holds for it. */
    public record Entry(String title, LocalDate versionDate, Catalog.Match match) {
    }

    /** The outcome for every version, in the order of the versions. */
    public record Report(String catalog, int catalogRows, List<Entry> entries) {

        public List<Entry> matched() {
            return only(Catalog.Outcome.MATCHED);
        }

        public List<Entry> ambiguous() {
            return only(Catalog.Outcome.AMBIGUOUS);
        }

        public List<Entry> unmatched() {
            return only(Catalog.Outcome.UNMATCHED);
        }

        private List<Entry> only(Catalog.Outcome outcome) {
            return entries.stream().filter(e -> e.match().outcome() == outcome).toList();
        }

        /** The report as printed: a summary line, then one block per outcome. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("Catalog ").append(catalog).append(": ").append(catalogRows).append(" rows\n");
            sb.append("Law versions: ").append(entries.size()).append(" — matched ").append(matched().size())
                    .append(", ambiguous ").append(ambiguous().size()).append(", unmatched ").append(unmatched().size())
                    .append('\n');
            sb.append("\nMATCHED\n");
            matched().forEach(e -> sb.append("  ").append(name(e)).append(" → ").append(e.match().rows().get(0)).append('\n'));
            sb.append("\nAMBIGUOUS\n");
            ambiguous().forEach(e -> {
                sb.append("  ").append(name(e)).append(" → ").append(e.match().rows().size()).append(" rows\n");
                e.match().rows().forEach(r -> sb.append("      ").append(r).append('\n'));
            });
            sb.append("\nUNMATCHED\n");
            unmatched().forEach(e -> sb.append("  ").append(name(e)).append('\n'));
            return sb.toString();
        }

        private static String name(Entry e) {
            return e.title() + " (" + e.versionDate() + ")";
        }
    }

    private CatalogLinker() {
    }

    /** Matches each text's title and version date against the catalog. */
    public static Report link(List<LawText> versions, Catalog catalog) {
        List<Entry> entries = new ArrayList<>();
        for (LawText text : versions) {
            entries.add(new Entry(text.title(), text.versionDate(), catalog.match(text.title(), text.versionDate())));
        }
        return new Report(catalog.file(), catalog.rows().size(), List.copyOf(entries));
    }

    /** Matches the shipped texts against the catalog in {@code csv}, named {@code file} in the report. */
    public static Report link(String file, String csv) {
        List<LawText> texts = new ArrayList<>();
        LawFiles.classpath().texts().forEach((path, bytes) ->
                texts.add(LawReader.read(path, new String(bytes, StandardCharsets.UTF_8))));
        return link(texts, Catalog.parse(file, csv));
    }

    /** Prints the report for the catalog file given as the argument (default: the shipped catalog). */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            String file = args.length > 0 ? args[0] : LawFiles.CATALOG;
            String csv = args.length > 0
                    ? Files.readString(Path.of(file), StandardCharsets.UTF_8)
                    : new String(LawFiles.classpath().read(LawFiles.CATALOG), StandardCharsets.UTF_8);
            out.print(link(file, csv).format());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("Cannot read the catalog: " + e.getMessage());
            return 2;
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
