package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawFiles;
import org.yifa.law.LawSource;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;
import org.yifa.store.StoreLoader;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/impact}: what a change of law touches, end to end. */
@YifaSpringTest
class ImpactControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    StoreLoader loader;
    @Autowired
    Store store;
    @Autowired
    QueryLibrary queries;

    private ResponseEntity<Map<String, Object>> get(String uri) {
        return RestClient.create("http://localhost:" + port).get().uri(uri).retrieve()
                .onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** The items of the link rows naming this law and version, read from the link files. */
    private static TreeSet<String> itemsOn(String law, String version) throws IOException {
        TreeSet<String> items = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("data/links"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("area-")).toList()) {
                Files.readAllLines(f).stream().map(l -> l.split(",", -1))
                        .filter(c -> c.length > 3 && c[1].equals(law) && c[2].equals(version)).forEach(c -> items.add(c[0]));
            }
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static void diffsRebuildBothTexts(Map<String, Object> impact) {
        for (Map<String, Object> c : (List<Map<String, Object>>) impact.get("changes")) {
            if (c.get("diff") == null) {
                continue;
            }
            List<Map<String, String>> runs = (List<Map<String, String>>) c.get("diff");
            String before = runs.stream().filter(r -> !r.get("op").equals("+")).map(r -> r.get("text")).collect(Collectors.joining());
            String after = runs.stream().filter(r -> !r.get("op").equals("-")).map(r -> r.get("text")).collect(Collectors.joining());
            assertThat(before).isEqualTo(((String) ((Map<String, Object>) c.get("from")).get("text")).replaceAll("\\s", ""));
            assertThat(after).isEqualTo(((String) ((Map<String, Object>) c.get("to")).get("text")).replaceAll("\\s", ""));
        }
    }

    private static final int YEAR = 2025;

    /**
     * Assesses every unit for {@link #YEAR} (which stores its round) and answers unit → item → status, as the
     * assessment API reports them.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> assessEveryUnit() {
        RestClient http = RestClient.create("http://localhost:" + port);
        List<Map<String, Object>> units = http.get().uri("/api/units").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        Map<String, Map<String, String>> statuses = new java.util.TreeMap<>();
        for (Map<String, Object> u : units) {
            Map<String, Object> a = get("/api/units/" + u.get("id") + "/assessment?year=" + YEAR).getBody();
            if (a.get("findings") == null) {
                continue; // not assessed that year (the answer says why)
            }
            statuses.put((String) u.get("id"), ((List<Map<String, Object>>) a.get("findings")).stream()
                    .collect(Collectors.toMap(f -> (String) f.get("notation"), f -> (String) f.get("status"))));
        }
        return statuses;
    }

    /**
     * Each change lists the criteria of the items resting on it (as the library's criteria-of-item query
     * gives them) and, for {@link #YEAR}, every assessed unit's stored finding on those items.
     */
    @SuppressWarnings("unchecked")
    private void eachChangeCarriesTheCriteriaAndFindingsOfItsItems(Map<String, Object> impact,
            Map<String, Map<String, String>> statuses) {
        int withCriteria = 0;
        int withFindings = 0;
        for (Map<String, Object> c : (List<Map<String, Object>>) impact.get("changes")) {
            List<String> items = (List<String>) c.get("items");
            List<String> expectedCriteria = new java.util.ArrayList<>();
            for (String item : items) {
                store.read(() -> queries.select("criteria-of-item", Map.of("notation", item)).stream()
                        .map(r -> item + " " + r.getLiteral("id").getLexicalForm()).distinct().toList())
                        .forEach(expectedCriteria::add);
            }
            assertThat(((List<Map<String, Object>>) c.get("criteria")).stream().map(x -> x.get("item") + " " + x.get("id")))
                    .as("criteria of %s", items).containsExactlyElementsOf(expectedCriteria);
            Set<String> expectedFindings = new java.util.TreeSet<>();
            statuses.forEach((unit, byItem) -> items.forEach(item -> {
                if (byItem.containsKey(item)) {
                    expectedFindings.add(item + " " + unit + " " + byItem.get(item));
                }
            }));
            Set<String> found = ((List<Map<String, Object>>) c.get("findings")).stream()
                    .filter(f -> ((Integer) f.get("year")) == YEAR)
                    .map(f -> f.get("item") + " " + f.get("unit") + " " + f.get("status"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(found).as("findings on %s", items).isEqualTo(expectedFindings);
            withCriteria += expectedCriteria.isEmpty() ? 0 : 1;
            withFindings += expectedFindings.isEmpty() ? 0 : 1;
        }
        assertThat(withCriteria).as("changes whose items have criteria").isPositive();
        assertThat(withFindings).as("changes whose items have stored findings").isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRevisionOfTheAdministrativeReconsiderationLawTouchesTheItemsResting2017Articles() throws IOException {
        Map<String, Map<String, String>> statuses = assessEveryUnit();
        Map<String, Object> impact = get("/api/impact?law=行政复议法&from=2017-09-01&to=2023-09-01").getBody();
        TreeSet<String> expected = itemsOn("行政复议法", "2017-09-01");
        assertThat(expected).extracting(n -> n.substring(0, n.indexOf('.'))).contains("6", "8", "9");
        assertThat((List<String>) impact.get("items")).containsExactlyElementsOf(expected);
        Map<String, Integer> counts = (Map<String, Integer>) impact.get("counts");
        // 43 articles became 90: the new ones are added, and the revision rewords most of the old.
        assertThat(counts.get("added")).isGreaterThanOrEqualTo(90 - 43);
        assertThat(counts.get("reworded")).isPositive();
        diffsRebuildBothTexts(impact);
        // The library's query gives the same items.
        TreeSet<String> fromQuery = store.read(() -> queries.select("impact-items-on-version",
                Map.of("law", "行政复议法", "version", "2017-09-01")).stream()
                .map(r -> r.getLiteral("notation").getString()).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(fromQuery).isEqualTo(expected);
        // Every change that items rest on names the links.
        for (Map<String, Object> c : (List<Map<String, Object>>) impact.get("changes")) {
            for (Map<String, Object> l : (List<Map<String, Object>>) c.get("links")) {
                assertThat(expected).contains((String) l.get("item"));
            }
        }
        eachChangeCarriesTheCriteriaAndFindingsOfItsItems(impact, statuses);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegulationRevisedThisYearIsComparedWithTheTextOfTheNationalDatabase() throws IOException {
        Map<String, Map<String, String>> statuses = assessEveryUnit();
        Map<String, Object> impact = get("/api/impact?law=行政复议法实施条例&from=2007-05-29&to=2026-04-29").getBody();
        assertThat((Map<String, Object>) impact.get("to")).containsEntry("inForce", "2026-07-01").containsEntry("articles", 77);
        assertThat((List<String>) impact.get("items")).containsExactlyElementsOf(itemsOn("行政复议法实施条例", "2007-05-29"));
        diffsRebuildBothTexts(impact);
        eachChangeCarriesTheCriteriaAndFindingsOfItsItems(impact, statuses);
        assertThat(get("/api/impact?law=行政复议法实施条例&from=2008-01-01").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/impact?law=行政复议法实施条例&from=2026-04-29&to=2007-05-29").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aNewTextDroppedIntoTheLawsFolderIsLoadedAndCompared(@TempDir Path root) throws IOException {
        Path laws = root.resolve("data/laws");
        copy(Path.of("data/laws"), laws);
        Path file = laws.resolve("texts/诉讼与非诉讼程序法/行政复议法(2023-09-01).md");
        String changed = Files.readString(file).replace("县级以上各级人民政府应当将行政复议工作经费列入本级预算。",
                "县级以上各级人民政府应当将行政复议工作经费足额列入本级预算。");
        Files.writeString(laws.resolve("texts/诉讼与非诉讼程序法/行政复议法(2030-01-01).md"), changed);

        LawSource dropped = new LawSource(LawFiles.directory(root));
        try {
            assertThat(loader.refresh(dropped)).isTrue(); // the fingerprint changed: the graph is rebuilt
            assertThat(store.read(() -> queries.select("laws-list").stream()
                    .filter(r -> "2030-01-01".equals(String.valueOf(r.get("versionDate").asLiteral().getLexicalForm()))).count()))
                    .isEqualTo(1L);
            LawCorpus corpus = dropped.corpus();
            ImpactReport impact = ImpactReport.compare(
                    corpus.version("行政复议法", java.time.LocalDate.parse("2023-09-01")).orElseThrow(),
                    corpus.version("行政复议法", java.time.LocalDate.parse("2030-01-01")).orElseThrow(), List.of(), 0.6);
            assertThat(impact.counts().reworded()).isEqualTo(1);
            assertThat(impact.counts().added()).isZero();
            assertThat(impact.counts().removed()).isZero();
            diffsRebuildBothTexts(JsonMapper.shared().convertValue(impact, new TypeReference<Map<String, Object>>() { }));
        } finally {
            loader.refresh(new LawSource(LawFiles.classpath()));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
