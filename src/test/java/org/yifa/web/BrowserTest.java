package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.YifaSpringTest;

/**
 * The browser side in a real headless Chromium, each flow at desktop (1280×800) and phone (390×844)
 * size, with a screenshot of each in {@code target/screenshots/} and no console error allowed.
 * What the pages show is checked against the store (through the query library) or the JSON API.
 */
@SlowTest
@YifaSpringTest
class BrowserTest extends ChromiumTest {

    private static final String YEAR = "2025";

    @Autowired
    Dataset dataset;
    @Autowired
    QueryLibrary queries;

    @BeforeAll
    void writeFixture() {
        if (chromiumExpected()) { // else each test says so and is skipped
            WebFixture.write(dataset);
        }
    }

    @AfterAll
    void removeFixture() {
        WebFixture.remove(dataset);
    }

    private void shot(String flow) {
        browser.screenshot(flow + "-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theFrameworkOpensSearchesAndSwitchesLanguage(String viewport) {
        at(viewport);
        browser.open("#/framework");
        browser.waitFor(By.cssSelector("details.area"));
        Set<String> parts = queries.select("framework-outline").stream()
                .map(r -> r.getLiteral("areaNotation").getString()).collect(Collectors.toSet());
        assertThat(browser.all("details.area")).hasSize(parts.size());
        shot("framework");

        // The page shows the items the service's full-text search finds, in the tree, with the words marked.
        String term = "培训";
        Map<String, Object> search = api("/api/search?q={q}&kind=item&limit=200", term);
        @SuppressWarnings("unchecked")
        Set<String> expected = ((List<Map<String, Object>>) search.get("hits")).stream()
                .map(hit -> (String) hit.get("notation")).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        // Each of them holds the word (a check of the search itself, from the store).
        Set<String> holding = queries.select("items").stream().filter(r -> r.getLiteral("text").getString().contains(term))
                .map(r -> r.getLiteral("notation").getString()).collect(Collectors.toSet());
        assertThat(holding).containsAll(expected);
        browser.driver.findElement(By.id("search")).sendKeys(term);
        browser.waitFor(By.cssSelector("#tree[data-query='" + term + "']"));
        assertThat(browser.all("li.item a").stream().map(a -> a.getAttribute("data-item")).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.driver.findElement(By.id("search-status")).getText()).contains(String.valueOf(expected.size()));
        assertThat(browser.all("li.item mark")).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(term));
        // And the articles of law that hold it, each linking to its page.
        browser.waitFor(By.cssSelector("#law-hits li a[href^='#/provision?']"));
        shot("framework-search");

        WebElement first = browser.all("li.item a").get(0);
        String notation = first.getAttribute("data-item");
        first.click();
        browser.waitFor(By.id("item-text"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/item/" + notation);
        assertThat(browser.driver.findElement(By.id("item-text")).getText()).contains(term);

        browser.driver.findElement(By.id("lang")).click();
        browser.waitUntil("English navigation", d -> navText("framework").equals("Framework"));
        browser.driver.navigate().refresh();
        browser.waitUntil("language kept after reload", d -> navText("framework").equals("Framework"));
        assertThat(browser.waitFor(By.cssSelector("#item-criteria h2")).getText()).isEqualTo("Criteria");
        shot("item-english");
        browser.driver.findElement(By.id("lang")).click();
        browser.waitUntil("Chinese navigation", d -> navText("framework").equals("目标要求"));
    }

    private String navText(String page) {
        return browser.driver.findElement(By.cssSelector("#nav a[data-nav='" + page + "']")).getAttribute("textContent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void anItemShowsItsCriteriaTheTextOfItsArticlesAndTheUnits(String viewport) {
        at(viewport);
        browser.open("#/item/7.4");
        String text = queries.select("item", Map.of("notation", "7.4")).get(0).getLiteral("text").getString();
        assertThat(browser.waitFor(By.id("item-text")).getText()).isEqualTo(text);

        Set<String> criteria = queries.select("criteria-of-item", Map.of("notation", "7.4")).stream()
                .map(r -> r.getLiteral("id").getString()).collect(Collectors.toSet());
        assertThat(browser.all("#item-criteria li.criterion .notation").stream().map(WebElement::getText))
                .containsExactlyInAnyOrderElementsOf(criteria);

        // The text of every article the item rests on, as the store has it.
        Set<String> articleTexts = new HashSet<>();
        for (QuerySolution row : queries.select("provisions-of-item", Map.of("notation", "7.4"))) {
            if (row.contains("article")) {
                String iri = row.getResource("iri").getURI();
                articleTexts.add(queries.select("provision", Map.of("provision", iri)).get(0).getLiteral("text").getString());
            }
        }
        assertThat(articleTexts).isNotEmpty();
        browser.waitUntil("article texts", d -> browser.all("#item-basis .law-text .loading").isEmpty());
        assertThat(browser.all("#item-basis .law-text").stream().map(e -> e.getAttribute("textContent")).toList())
                .containsExactlyInAnyOrderElementsOf(articleTexts);

        browser.waitUntil("units", d -> browser.all("#item-units a[href*='#/unit/']").size() >= 2);
        assertThat(browser.driver.findElement(By.id("item-units")).getText())
                .contains(WebFixture.DEPARTMENT_NAME, WebFixture.DISTRICT_NAME);
        shot("item");

        browser.all("#item-basis li.provision a").get(0).click();
        WebElement article = browser.waitFor(By.id("provision-text"));
        assertThat(articleTexts).contains(article.getText());
        browser.waitFor(By.cssSelector("#provision-items a[href='#/item/7.4']"));
        shot("provision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theGraphExpandsOnClickFiltersColoursAndExports(String viewport) throws Exception {
        at(viewport);
        browser.open("#/graph?node=7.4&year=" + YEAR);
        Map<String, Object> start = api("/api/ui/graph?node={node}&year=" + YEAR, itemIri("7.4"));
        int first = 1 + ((List<?>) start.get("nodes")).size();
        browser.waitUntil("first neighbourhood", d -> nodes() == first && idle());

        String criterion = itemIri("7.4").replace("/item/7.4", "/criterion/7.4-1");
        clickNode(criterion);
        browser.waitUntil("criterion expanded", d -> idle() && hasNode("https://w3id.org/yifa/id/evidence-type/leadership-law-class"));
        assertThat(browser.driver.findElement(By.id("graph-selected")).getText()).isEqualTo("7.4-1");
        Map<String, Object> second = api("/api/ui/graph?node={node}&year=" + YEAR, criterion);
        @SuppressWarnings("unchecked")
        Set<String> expected = ((List<Map<String, Object>>) second.get("nodes")).stream()
                .map(n -> (String) n.get("id")).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return yifaCy.nodes().map(n => n.id())");
        assertThat(shown).containsAll(expected);
        shot("graph");

        browser.driver.findElement(By.cssSelector("input[data-kind='criterion']")).click();
        browser.waitUntil("criteria hidden", d -> visible("criterion") == 0);
        assertThat(visible("item")).isPositive();
        browser.driver.findElement(By.cssSelector("input[data-kind='criterion']")).click();
        browser.waitUntil("criteria shown", d -> visible("criterion") > 0);

        new Select(browser.driver.findElement(By.id("graph-unit"))).selectByValue(WebFixture.DEPARTMENT);
        browser.waitUntil("coloured", d -> "true".equals(browser.driver.findElement(By.cssSelector(".page-graph")).getAttribute("data-coloured")));
        String status = findingStatus(WebFixture.DEPARTMENT, "7.4");
        assertThat(browser.js("return yifaCy.getElementById(arguments[0]).data('itemStatus')", itemIri("7.4"))).isEqualTo(status);
        shot("graph-coloured");

        Path svg = Browser.DOWNLOADS.resolve("yifa-graph.svg");
        Path png = Browser.DOWNLOADS.resolve("yifa-graph.png");
        Files.deleteIfExists(svg);
        Files.deleteIfExists(png);
        browser.driver.findElement(By.id("graph-svg")).click();
        browser.driver.findElement(By.id("graph-png")).click();
        browser.waitUntil("downloads", d -> Files.exists(svg) && Files.exists(png));
        String drawing = Files.readString(svg, StandardCharsets.UTF_8);
        long visibleNodes = ((Number) browser.js("return yifaCy.nodes().not('.hidden').length")).longValue();
        assertThat(drawing).startsWith("<?xml").contains("<svg");
        assertThat(drawing.split("<title>", -1).length - 1).isEqualTo(visibleNodes);
        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        // A start with over a hundred neighbours: every criterion binding any administrative organ.
        String organ = "https://w3id.org/yifa/id/unit-type/administrative-organ";
        WebElement startField = browser.driver.findElement(By.id("graph-start"));
        startField.clear();
        startField.sendKeys(organ);
        browser.driver.findElement(By.cssSelector(".page-graph form.toolbar button[type='submit']")).click();
        int many = 1 + ((List<?>) api("/api/ui/graph?node={node}&year=" + YEAR, organ).get("nodes")).size();
        assertThat(many).isGreaterThan(100);
        browser.waitUntil("large neighbourhood", d -> nodes() == many && idle());
        shot("graph-large");
    }

    private boolean idle() {
        return "false".equals(browser.driver.findElement(By.cssSelector(".page-graph")).getAttribute("data-busy"));
    }

    private long nodes() {
        Object n = browser.js("return window.yifaCy ? yifaCy.nodes().length : 0");
        return ((Number) n).longValue();
    }

    private boolean hasNode(String id) {
        return Boolean.TRUE.equals(browser.js("return yifaCy.getElementById(arguments[0]).nonempty()", id));
    }

    private long visible(String kind) {
        return ((Number) browser.js("return yifaCy.nodes('[kind = \"' + arguments[0] + '\"]').filter(n => n.style('display') !== 'none').length", kind)).longValue();
    }

    /** Clicks a node where it is drawn on the canvas, as a user would. */
    private void clickNode(String id) {
        WebElement canvas = browser.driver.findElement(By.id("cy"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.js(
                "const p = yifaCy.getElementById(arguments[0]).renderedPosition(); return {x: p.x, y: p.y};", id);
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void aUnitsAssessmentShowsStatusesAndWhy(String viewport) {
        at(viewport);
        browser.open("#/unit/" + WebFixture.DEPARTMENT + "?year=" + YEAR);
        Map<String, Object> assessment = api("/api/units/{id}/assessment?year=" + YEAR, WebFixture.DEPARTMENT);
        WebElement banner = browser.waitFor(By.id("eligibility"));
        assertThat(banner.getAttribute("class")).contains(Boolean.TRUE.equals(assessment.get("eligible")) ? "ok" : "bad");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) assessment.get("findings");
        for (Map<String, Object> f : findings) {
            WebElement row = browser.driver.findElement(By.cssSelector("li.check-item[data-item='" + f.get("notation") + "']"));
            assertThat(row.getAttribute("data-status")).as((String) f.get("notation")).isEqualTo(f.get("status"));
        }

        WebElement why = browser.driver.findElement(By.cssSelector("button[data-why='7.4']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", why);
        why.click();
        browser.waitFor(By.cssSelector("#why-7\\.4[data-loaded='true']"));
        Map<String, Object> explain = api("/api/units/{id}/items/7.4/explain?year=" + YEAR, WebFixture.DEPARTMENT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) explain.get("criteria");
        String panel = browser.driver.findElement(By.id("why-7.4")).getText();
        for (Map<String, Object> c : criteria) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) c.get("reasons");
            List<WebElement> shown = browser.all("#why-7\\.4 [data-criterion='" + c.get("id") + "'] li.reason");
            assertThat(shown).as("reasons of " + c.get("id")).hasSize(reasons.size());
            for (Map<String, Object> r : reasons) {
                if (r.get("required") != null) {
                    assertThat(panel).contains("要求 " + r.get("required") + " 份，已有 " + r.get("found") + " 份");
                }
            }
        }
        // A title from the data is text, never markup.
        List<WebElement> titles = browser.all("#why-7\\.4 .record-title");
        assertThat(titles).extracting(t -> t.getAttribute("textContent")).contains(WebFixture.MARKUP_TITLE);
        assertThat(browser.all("#why-7\\.4 .record-title b")).isEmpty();
        browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(By.cssSelector("li.check-item[data-item='7.4']")));
        shot("unit-why");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
        shot("unit-print");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        browser.open("#/unit/" + WebFixture.DISTRICT + "?year=" + YEAR);
        WebElement veto = browser.waitFor(By.cssSelector("#eligibility li[data-veto='9.2']"));
        assertThat(veto.getText()).contains(WebFixture.VETO_TITLE);
        assertThat(browser.driver.findElement(By.id("eligibility")).getAttribute("class")).contains("bad");
        shot("unit-veto");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theGapsHeatMapCountsWhatEachUnitMissesPerPart(String viewport) {
        at(viewport);
        browser.open("#/gaps?year=" + YEAR);
        Map<String, Object> gaps = api("/api/gaps?year=" + YEAR);
        List<Map<String, Object>> units = ServiceHttp.client(port).get().uri("/api/units").retrieve()
                .body(ServiceHttp.OBJECTS);
        browser.waitFor(By.id("heatmap"));
        List<WebElement> rows = browser.all("#heatmap tbody tr");
        assertThat(rows).hasSameSizeAs(units);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byArea = ((List<Map<String, Object>>) gaps.get("areas")).stream()
                .collect(Collectors.toMap(a -> (String) a.get("area"), a -> (Map<String, Object>) a.get("byUnit")));
        long cells = 0;
        for (int u = 0; u < units.size(); u++) {
            List<WebElement> counts = rows.get(u).findElements(By.cssSelector("td.heat"));
            for (int part = 1; part <= counts.size(); part++) {
                Object expected = byArea.getOrDefault(String.valueOf(part), Map.of()).getOrDefault(units.get(u).get("id"), 0);
                assertThat(counts.get(part - 1).getText()).isEqualTo(String.valueOf(expected));
                cells++;
            }
        }
        // One column per part that has requirements (part 九 holds veto conditions only).
        long parts = queries.select("items").stream().filter(r -> r.getResource("type").getLocalName().equals("Requirement"))
                .map(r -> r.getLiteral("notation").getString().split("\\.")[0]).distinct().count();
        assertThat(cells).isEqualTo(units.size() * parts);
        assertThat(browser.all("#most-missed li")).hasSize(Math.min(15, ((List<?>) gaps.get("items")).size()));
        shot("gaps");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theWorkbenchRunsALibraryQuery(String viewport) {
        at(viewport);
        browser.open("#/sparql");
        browser.waitFor(By.cssSelector("#yasgui .yasqe"));
        new Select(browser.waitFor(By.id("query-picker"))).selectByValue("framework-outline");
        browser.driver.findElement(By.id("query-open")).click();
        int rows = queries.select("framework-outline").size();
        // Rows of the result table in view (tabs opened before keep theirs, hidden).
        browser.waitUntil("result rows", d -> ((Number) browser.js(
                "return [...document.querySelectorAll('.yasr tbody tr')].filter(r => r.offsetParent !== null).length"))
                .intValue() == rows);
        assertThat(browser.driver.findElement(By.id("query-about")).getText()).contains("Outline of the framework");
        shot("sparql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void anUploadWithAnErrorListsItPerRowAndField(String viewport) throws IOException {
        at(viewport);
        Path csv = Path.of("target/upload-with-error.csv");
        Files.writeString(csv, """
                record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by
                web-bad-1,training-record,2025-02-30,培训签到表,,,,,,,
                """, StandardCharsets.UTF_8);
        // What the service answers to this file, to compare the page with.
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.FileSystemResource(csv));
        Map<String, Object> answer = ServiceHttp.client(port).post()
                .uri("/api/units/{id}/evidence", WebFixture.DEPARTMENT).header("Authorization", TestUsers.ADMIN)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(new ParameterizedTypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        assertThat(errors).as("the service's errors for the bad date").isNotEmpty();

        browser.open("#/upload?unit=" + WebFixture.DEPARTMENT);
        assertThat(browser.waitFor(By.id("upload-template")).getAttribute("href")).endsWith("/api/evidence/template.xlsx");
        browser.driver.findElement(By.id("upload-file")).sendKeys(csv.toAbsolutePath().toString());
        // Without an account the service refuses, and the page says what is needed.
        browser.driver.findElement(By.id("upload-send")).click();
        browser.waitUntil("sign-in needed", d -> !browser.all("#upload-error").isEmpty()
                && browser.all("#upload-problems").isEmpty()
                && browser.driver.findElement(By.id("upload-error")).getText().contains("需要登录"));
        browser.assertNoConsoleErrors(m -> m.contains("/api/units/" + WebFixture.DEPARTMENT + "/evidence") && m.contains("401"));
        // The admin of the test configuration (src/test/resources/config/application.properties).
        browser.driver.findElement(By.id("upload-user")).sendKeys("test-admin");
        browser.driver.findElement(By.id("upload-password")).sendKeys("admin-test-password");
        browser.driver.findElement(By.id("upload-send")).click();
        WebElement box = browser.waitFor(By.id("upload-error"));
        assertThat(box.getText()).contains((String) answer.get("message"));
        List<WebElement> rows = browser.all("#upload-problems tbody tr");
        assertThat(rows).hasSameSizeAs(errors);
        for (int i = 0; i < errors.size(); i++) {
            Map<String, Object> e = errors.get(i);
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            if (e.get("row") != null) {
                assertThat(cells.get(0).getText()).contains("第 " + e.get("row") + " 行");
            }
            assertThat(cells.get(1).getText()).isEqualTo(e.getOrDefault("field", ""));
            assertThat(cells.get(2).getText()).isEqualTo(e.get("message"));
        }
        assertThat(browser.driver.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
        shot("upload-error");
        // The 400 answer is the point of this flow; Chromium reports it in the console.
        browser.assertNoConsoleErrors(m -> m.contains("/api/units/" + WebFixture.DEPARTMENT + "/evidence") && m.contains("400"));

        // The same row with a real date is taken.
        Path good = Path.of("target/upload-good.csv");
        Files.writeString(good, """
                record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by
                web-ok-1,training-record,2025-02-28,培训签到表,,,,,,,
                """, StandardCharsets.UTF_8);
        try {
            browser.driver.findElement(By.id("upload-file")).sendKeys(good.toAbsolutePath().toString());
            browser.driver.findElement(By.id("upload-send")).click();
            assertThat(browser.waitFor(By.id("upload-ok")).getText()).contains("已上传：1 条佐证材料");
            shot("upload-ok");
        } finally {
            WebFixture.removeUploads(dataset, WebFixture.DEPARTMENT);
        }
    }

    private String itemIri(String notation) {
        return queries.select("item", Map.of("notation", notation)).get(0).getResource("item").getURI();
    }

    @SuppressWarnings("unchecked")
    private String findingStatus(String unit, String notation) {
        Map<String, Object> a = api("/api/units/{id}/assessment?year=" + YEAR, unit);
        return ((List<Map<String, Object>>) a.get("findings")).stream().filter(f -> notation.equals(f.get("notation")))
                .map(f -> (String) f.get("status")).findFirst().orElseThrow();
    }
}
