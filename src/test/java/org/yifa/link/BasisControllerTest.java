package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;

/** {@code GET /api/items/{notation}/basis?date=}: the basis as in force on a date, never a later text. */
@YifaSpringTest
class BasisControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    FrameworkSource framework;
    @Autowired
    ChecklistTime time;

    private ResponseEntity<Map<String, Object>> get(String uri) {
        return RestClient.create("http://localhost:" + port).get().uri(uri).retrieve()
                .onStatus(s -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> links(String notation, String date) {
        ResponseEntity<Map<String, Object>> r = get("/api/items/" + notation + "/basis" + (date == null ? "" : "?date=" + date));
        assertThat(r.getStatusCode().value()).as(notation + " " + date).isEqualTo(200);
        return (List<Map<String, Object>>) r.getBody().get("links");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onDate(Map<String, Object> link) {
        return (Map<String, Object>) link.get("onDate");
    }

    private Map<String, Object> linkTo(String notation, String date, String law) {
        return links(notation, date).stream().filter(l -> l.get("law").equals(law)).findFirst().orElseThrow();
    }

    /** The first item resting on {@code law}, from the link files. */
    private static String itemOn(String law) throws IOException {
        return itemOn(law, null);
    }

    /** The first item resting on {@code version} of {@code law} (any version when null), from the link files. */
    private static String itemOn(String law, String version) throws IOException {
        try (var files = Files.list(Path.of("data/links"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("area-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] c = line.split(",", -1);
                    if (c.length > 3 && c[1].equals(law) && !c[3].isEmpty() && (version == null || c[2].equals(version))) {
                        return c[0];
                    }
                }
            }
        }
        throw new AssertionError("no link to " + law);
    }

    @Test
    void everyItemAnswersForTheChecklistsDateAndTodayWithOnlyVersionsInForceThen() throws IOException {
        List<String> catalog = Files.readAllLines(Path.of("data/laws/flk-catalog.csv"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        int answered = 0;
        for (Checklist.Item item : framework.parse().items()) {
            for (String date : new String[] {time.referenceDate().toString(), today}) {
                for (Map<String, Object> link : links(item.notation(), date.equals(today) ? null : date)) {
                    Map<String, Object> on = onDate(link);
                    if (on == null || on.get("status").equals("not-yet-enacted")) {
                        continue;
                    }
                    answered++;
                    String start = on.get("inForce") != null ? (String) on.get("inForce")
                            : on.get("published") != null ? (String) on.get("published") : (String) on.get("versionDate");
                    assertThat(start).as("%s %s", item.notation(), link).isLessThanOrEqualTo(date);
                    // No later version of that law the national database lists was in force on the date.
                    String title = ((String) on.get("title")).replace("中华人民共和国", "");
                    for (String row : catalog) {
                        String[] c = row.split(",", -1);
                        if (c[0].replace("中华人民共和国", "").equals(title) && !c[3].isEmpty() && c[3].compareTo(date) <= 0) {
                            assertThat(c[1]).as("%s on %s answered %s", title, date, on.get("versionDate"))
                                    .isLessThanOrEqualTo((String) on.get("versionDate"));
                        }
                    }
                    if (!(Boolean) on.get("held")) {
                        assertThat(on).doesNotContainKey("articleText");
                    }
                    assertThat(link.get("quoteOnChecklistDate")).isIn("yes", "no", "unknown");
                }
            }
        }
        assertThat(answered).isPositive();
    }

    @Test
    void aHeldVersionAnswersWithTheArticleOfThatVersion() throws IOException {
        String item = itemOn("行政复议法", "2017-09-01");
        Map<String, Object> link = links(item, "2020-01-01").stream()
                .filter(l -> l.get("law").equals("行政复议法") && l.get("version").equals("2017-09-01")).findFirst().orElseThrow();
        Map<String, Object> on = onDate(link);
        assertThat(on).containsEntry("status", "in-force").containsEntry("versionDate", "2017-09-01").containsEntry("held", true);
        String file = Files.readString(Path.of("data/laws/texts/诉讼与非诉讼程序法/行政复议法(2017-09-01).md"));
        for (String line : ((String) on.get("articleText")).split("\n")) {
            assertThat(file).contains(line);
        }
        assertThat(file).contains(on.get("articleNumber") + " ");
    }

    @Test
    void aVersionWhoseTextIsNotShippedIsNamedButNotReplacedByALaterText() throws IOException {
        // 政府信息公开条例 of 2007 is known from the 2019 text's header; only the 2019 text is shipped.
        String item = itemOn("政府信息公开条例");
        Map<String, Object> link = linkTo(item, "2016-01-01", "政府信息公开条例");
        Map<String, Object> on = onDate(link);
        assertThat(on).containsEntry("status", "in-force").containsEntry("held", false).containsEntry("versionDate", "2007-04-05");
        assertThat(on.get("articleText")).isNull();
        assertThat(Files.readString(Path.of("data/laws/texts/行政法规/政府信息公开条例(2019-04-03).md")))
                .contains("2007年4月5日 中华人民共和国国务院令第492号公布");
        if (time.referenceDate().isBefore(LocalDate.parse("2019-04-03"))) {
            assertThat(link.get("quoteOnChecklistDate")).isEqualTo("unknown");
        }
    }

    @Test
    void anInstrumentNotYetEnactedSaysSoAndAReplacedOneNamesItsSuccessor() throws IOException {
        Map<String, Object> yingshang = linkTo(itemOn("优化营商环境条例"), "2016-01-01", "优化营商环境条例");
        assertThat(onDate(yingshang)).containsEntry("status", "not-yet-enacted").doesNotContainKey("articleText");
        assertThat(yingshang.get("quoteOnChecklistDate")).isEqualTo("no");

        Map<String, Object> xinfang = linkTo(itemOn("信访条例"), "2025-01-01", "信访条例");
        assertThat(onDate(xinfang)).containsEntry("status", "replaced").containsEntry("law", "信访工作条例")
                .containsEntry("versionDate", "2022-02-25");
        Map<String, Object> before = linkTo(itemOn("信访条例"), "2016-01-01", "信访条例");
        assertThat(onDate(before)).containsEntry("status", "in-force").containsEntry("versionDate", "2005-01-10");
        assertThat(before.get("quoteOnChecklistDate")).isEqualTo("yes");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theItemShowsThenAndNowSideBySide() throws IOException {
        String item = itemOn("信访条例");
        Map<String, Object> basis = (Map<String, Object>) get("/api/items/" + item).getBody().get("basis");
        assertThat(basis).containsEntry("checklistDate", time.referenceDate().toString());
        List<Map<String, Object>> then = (List<Map<String, Object>>) basis.get("then");
        List<Map<String, Object>> now = (List<Map<String, Object>>) basis.get("now");
        assertThat(then).hasSameSizeAs(now).isNotEmpty();
        assertThat(then).extracting(l -> onDate(l).get("status")).contains("in-force");
        assertThat(now).extracting(l -> onDate(l).get("law")).contains("信访工作条例");
    }

    @Autowired
    org.yifa.store.Store store;
    @Autowired
    org.yifa.query.QueryLibrary queries;

    @Test
    void theLibrarysQueriesAnswerTheBasisOnADateAndTheChecklistsDate() throws IOException {
        // For every item resting on 行政复议法: the version in force on each day is the newest shipped one dated
        // on or before it (its file names), and it is "the same version" exactly where the link names it.
        List<String> versions = LinkFixtures.shippedVersions().get("行政复议法");
        List<LinkFixtures.Row> linkRows = LinkFixtures.curatedRows().stream().filter(r -> r.law().equals("行政复议法")).toList();
        for (String day : new String[] {"2020-01-01", "2025-01-01"}) {
            String expected = versions.stream().filter(v -> v.compareTo(day) <= 0).max(String::compareTo).orElseThrow();
            for (String item : linkRows.stream().map(LinkFixtures.Row::item).distinct().toList()) {
                var rows = store.read(() -> queries.select("basis-on-date", Map.of("notation", item, "date", day)).stream()
                        .filter(r -> r.getLiteral("law").getString().equals("行政复议法"))
                        .map(r -> r.getLiteral("linkedVersion").getLexicalForm() + " " + r.getResource("versionInForce").getURI()
                                + " " + r.getLiteral("sameVersion").getBoolean()).toList());
                List<String> expectedRows = linkRows.stream().filter(r -> r.item().equals(item))
                        .map(r -> r.version() + " " + expected + " " + r.version().equals(expected)).toList();
                assertThat(rows).as(item + " on " + day).hasSameSizeAs(expectedRows);
                for (int i = 0; i < rows.size(); i++) {
                    String[] got = rows.get(i).split(" ");
                    String[] want = expectedRows.stream().filter(w -> w.startsWith(got[0] + " ")).findFirst()
                            .orElseThrow().split(" ");
                    assertThat(got[1]).endsWith("/" + want[1]);
                    assertThat(got[2]).isEqualTo(want[2]);
                }
            }
        }
        var dated = store.read(() -> queries.select("basis-checklist-date").stream()
                .map(r -> r.getLiteral("date").getLexicalForm() + " " + r.getLiteral("certainty").getString()).toList());
        assertThat(dated).containsExactly(time.referenceDate() + " " + time.certainty());
    }

    @Test
    void theLibrarysQueryAgreesWithTheApiOnTheChecklistsDateIncludingVersionsWhoseTextIsNotHeld() {
        String day = time.referenceDate().toString();
        int unheld = 0;
        int compared = 0;
        for (Checklist.Item item : framework.parse().items()) {
            Map<String, String> api = new java.util.HashMap<>();
            for (Map<String, Object> link : links(item.notation(), day)) {
                Map<String, Object> on = onDate(link);
                if (on != null && on.get("status").equals("in-force")) {
                    api.put((String) link.get("law"), on.get("versionDate") + " " + on.get("held"));
                }
            }
            var rows = store.read(() -> queries.select("basis-on-date", Map.of("notation", item.notation(), "date", day))
                    .stream().map(r -> new String[] {r.getLiteral("law").getString(),
                            r.getResource("versionInForce").getURI().replaceAll(".*/", "") + " " + r.getLiteral("held").getBoolean()})
                    .toList());
            for (String[] r : rows) {
                if (api.containsKey(r[0])) {
                    assertThat(r[1]).as("%s %s on %s", item.notation(), r[0], day).isEqualTo(api.get(r[0]));
                    compared++;
                    unheld += r[1].endsWith("false") ? 1 : 0;
                }
            }
        }
        assertThat(compared).isPositive();
        // e.g. 政府信息公开条例 2007, known only from the 2019 text's header
        assertThat(unheld).isPositive();
    }

    @Test
    void badInputIsRejected() {
        assertThat(get("/api/items/6.1/basis?date=2016-13-01").getStatusCode().value()).isEqualTo(400);
        assertThat(get("/api/items/99.9/basis").getStatusCode().value()).isEqualTo(404);
    }
}
