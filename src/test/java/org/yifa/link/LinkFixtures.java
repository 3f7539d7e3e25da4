package org.yifa.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.springframework.core.io.Resource;
import org.yifa.query.QueryLibrary;
import org.yifa.store.load.DataFiles;

/** The shipped data as the tests read it themselves, without the code under test. */
final class LinkFixtures {

    static final String LAWS_GRAPH = "https://w3id.org/yifa/graph/laws";
    static final String LINKS_GRAPH = "https://w3id.org/yifa/graph/links";
    static final String ITEM = "https://w3id.org/yifa/id/model-unit-goals/item/";
    static final String YF = "https://w3id.org/yifa/ont#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";

    private static final Pattern LAW_FILE = Pattern.compile("(.+?)(?:\\((\\d{4}-\\d{2}-\\d{2})\\))?\\.md");

    /** One row of a curated link file; {@code line} as a text editor counts it. */
    record Row(String file, int line, String item, String law, String version, String article, String paragraph,
               String kind, String quote, String rationale, String verified) {

        boolean none() {
            return kind.equals("none");
        }
    }

    private LinkFixtures() {
    }

    /** Every row of data/links/area-*.csv. The shipped files quote no field, so a split on commas reads them. */
    static List<Row> curatedRows() {
        List<Row> rows = new ArrayList<>();
        for (Resource r : DataFiles.list("data/links/area-*.csv")) {
            String[] lines = text(r).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                if (lines[i].contains("\"")) {
                    throw new IllegalStateException("quoted field in " + r.getFilename() + " line " + (i + 1)
                            + ": teach LinkFixtures RFC 4180");
                }
                String[] f = lines[i].split(",", -1);
                rows.add(new Row("data/links/" + r.getFilename(), i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6],
                        f[7], f[8].strip()));
            }
        }
        return rows;
    }

    /** Short title → slug, from data/laws/laws.csv. */
    static Map<String, String> slugs() {
        Map<String, String> slugs = new LinkedHashMap<>();
        DataFiles.readText("data/laws/laws.csv").lines().skip(1).filter(l -> !l.isBlank())
                .forEach(l -> slugs.put(l.split(",")[0], l.split(",")[1].strip()));
        return slugs;
    }

    /** Short title → the version dates in the file names of data/laws/texts ("" for an undated file). */
    static Map<String, List<String>> shippedVersions() {
        Map<String, List<String>> versions = new TreeMap<>();
        for (Resource r : DataFiles.list("data/laws/texts/**/*.md")) {
            Matcher m = LAW_FILE.matcher(r.getFilename());
            if (m.matches()) {
                versions.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2) == null ? "" : m.group(2));
            }
        }
        versions.values().forEach(v -> v.sort(String::compareTo));
        return versions;
    }

    /**
     * Short title → the version dates of both shapes of shipped text: data/laws/texts (file name = short title)
     * and data/laws/flk (file name = full title; the short title drops 中华人民共和国).
     */
    static Map<String, List<String>> allShippedVersions() {
        Map<String, List<String>> versions = shippedVersions();
        for (Resource r : DataFiles.list("data/laws/flk/*.md")) {
            Matcher m = LAW_FILE.matcher(r.getFilename());
            if (m.matches() && m.group(2) != null) {
                List<String> dates = versions.computeIfAbsent(m.group(1).replaceFirst("^中华人民共和国", ""),
                        k -> new ArrayList<>());
                if (!dates.contains(m.group(2))) {
                    dates.add(m.group(2));
                }
            }
        }
        versions.values().forEach(v -> v.sort(String::compareTo));
        return versions;
    }

    /**
     * What followed the version a link names after {@code reference}, read from the files: {law, change,
     * version} — {@code amended} where a newer shipped version of the law dates after both (the newest one),
     * {@code replaced} where data/laws/succession.csv says another instrument replaces it; null otherwise.
     */
    static String[] follower(Row row, String reference) {
        if (row.none() || row.version().isEmpty()) {
            return null;
        }
        for (String line : DataFiles.readText("data/laws/succession.csv").lines().skip(1).toList()) {
            String[] c = line.split(",", -1);
            if (c.length > 4 && c[4].equals("replaces") && c[2].equals(row.law()) && c[3].equals(row.version())
                    && c[1].compareTo(reference) > 0) {
                return new String[] {c[0], "replaced", c[1]};
            }
        }
        List<String> versions = allShippedVersions().getOrDefault(row.law(), List.of());
        String newest = versions.isEmpty() ? "" : versions.get(versions.size() - 1);
        if (newest.compareTo(row.version()) > 0 && newest.compareTo(reference) > 0) {
            return new String[] {row.law(), "amended", newest};
        }
        return null;
    }

    /** Short title → full title, from the first line ({@code # 中华人民共和国…}) of each law file. */
    static Map<String, String> fullTitles() {
        Map<String, String> titles = new TreeMap<>();
        for (Resource r : DataFiles.list("data/laws/texts/**/*.md")) {
            Matcher m = LAW_FILE.matcher(r.getFilename());
            String first = text(r).lines().findFirst().orElse("");
            if (m.matches() && first.startsWith("# ")) {
                titles.put(m.group(1), first.substring(2).strip());
            }
        }
        return titles;
    }

    /**
     * A query of the library run and read inside one transaction (the store hands out values lazily),
     * each solution as variable → lexical form or IRI.
     */
    static List<Map<String, String>> rows(Dataset dataset, QueryLibrary queries, String name, Map<String, String> params) {
        return Txn.calculateRead(dataset, () -> queries.select(name, params).stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            row.varNames().forEachRemaining(v -> {
                RDFNode n = row.get(v);
                values.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString());
            });
            return values;
        }).toList());
    }

    static List<Map<String, String>> rows(Dataset dataset, QueryLibrary queries, String name) {
        return rows(dataset, queries, name, Map.of());
    }

    /** The dated versions of a work in the law graph, oldest first: version IRI → eli:version_date. */
    static Map<String, String> versionDates(Dataset dataset, String slug) {
        return Txn.calculateRead(dataset, () -> {
            Model laws = dataset.getNamedModel(LAWS_GRAPH);
            Map<String, String> dates = new TreeMap<>();
            laws.listResourcesWithProperty(ResourceFactory.createProperty(YF + "versionOf"),
                    laws.getResource("https://w3id.org/yifa/id/law/" + slug)).forEachRemaining(v ->
                    dates.put(v.getURI(), v.getProperty(ResourceFactory.createProperty(ELI + "version_date")).getString()));
            return dates;
        });
    }

    static String text(Resource r) {
        try {
            return new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
