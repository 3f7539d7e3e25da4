package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * The law-in-time pages in a real headless Chromium (set-up as {@link BrowserTest}): an item's basis then and
 * now, the provision page's "this article is now …", and the impact page reached from it. What the pages show
 * is compared with the JSON API; no console error allowed.
 */
@SlowTest
@YifaSpringTest
class LawTimeBrowserTest extends ChromiumTest {

    /** The first item whose link file row names {@code law}, read from data/links. */
    private static String itemOn(String law) throws IOException {
        try (var files = Files.list(Path.of("data/links"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("area-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] c = line.split(",", -1);
                    if (c.length > 3 && c[1].equals(law) && !c[3].isEmpty()) {
                        return c[0];
                    }
                }
            }
        }
        throw new AssertionError("no link to " + law);
    }

    /** The state a side of the basis shows, as the API's answer implies it. */
    @SuppressWarnings("unchecked")
    private static String state(Map<String, Object> link) {
        Map<String, Object> on = (Map<String, Object>) link.get("onDate");
        if (on == null) {
            return null;
        }
        String status = (String) on.get("status");
        return status.equals("not-yet-enacted") || status.equals("replaced") ? status
                : (Boolean) on.get("held") ? "held" : "not-held";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    @SuppressWarnings("unchecked")
    void anItemShowsItsBasisThenAndNowSideBySide(String viewport) throws IOException {
        at(viewport);
        // 信访条例 was replaced by 信访工作条例; 优化营商环境条例 did not exist on the checklist's date.
        for (String law : List.of("信访条例", "优化营商环境条例")) {
            String item = itemOn(law);
            Map<String, Object> basis = (Map<String, Object>) api("/api/items/" + item).get("basis");
            String checklistDate = (String) basis.get("checklistDate");
            List<Map<String, Object>> then = (List<Map<String, Object>>) api("/api/items/" + item + "/basis?date=" + checklistDate).get("links");
            List<Map<String, Object>> now = (List<Map<String, Object>>) api("/api/items/" + item + "/basis").get("links");

            browser.open("#/item/" + item);
            browser.waitFor(By.cssSelector("#item-basis-time table.basis-time"));
            List<WebElement> rows = browser.all("#item-basis-time tbody tr");
            assertThat(rows).hasSameSizeAs(then);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).findElement(By.cssSelector("td.then .basis-state")).getAttribute("data-state"))
                        .isEqualTo(state(then.get(i)));
                assertThat(rows.get(i).findElement(By.cssSelector("td.now .basis-state")).getAttribute("data-state"))
                        .isEqualTo(state(now.get(i)));
            }
            assertThat(browser.driver.findElement(By.id("basis-dates")).getText()).contains(checklistDate);
            String expected = law.equals("信访条例") ? "replaced" : "not-yet-enacted";
            assertThat(browser.all(law.equals("信访条例") ? "td.now [data-state]" : "td.then [data-state]"))
                    .extracting(e -> e.getAttribute("data-state")).contains(expected);
            browser.js("document.getElementById('item-basis-time').scrollIntoView()");
            browser.screenshot("basis-time-" + item + "-" + size);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    @SuppressWarnings("unchecked")
    void theProvisionPageSaysWhereTheArticleIsNowAndLeadsToTheImpact(String viewport) {
        at(viewport);
        api("/api/gaps?year=2025"); // stores the units' rounds, whose findings the impact lists
        String query = "law=行政复议法&version=2017-09-01&article=32";
        Map<String, Object> now = (Map<String, Object>) api("/api/provisions?" + query).get("now");
        browser.open("#/provision?" + query);
        WebElement box = browser.waitFor(By.id("provision-now"));
        assertThat(box.getText()).contains((String) now.get("numberZh"), (String) now.get("version"));
        browser.waitFor(By.cssSelector("#provision-drift a.impact-link"));
        browser.driver.findElement(By.id("provision-impact")).click();
        browser.waitFor(By.id("impact-changes"));

        Map<String, Object> impact = api("/api/impact?law=行政复议法&from=2017-09-01&to=" + now.get("version"));
        List<Map<String, Object>> changes = (List<Map<String, Object>>) impact.get("changes");
        assertThat(browser.all("#impact-changes > li.impact-change")).hasSameSizeAs(changes);
        Map<String, Object> counts = (Map<String, Object>) impact.get("counts");
        for (WebElement li : browser.all("#impact-counts li")) {
            assertThat(li.getText()).endsWith(" " + counts.get(li.getAttribute("data-kind")));
        }
        assertThat(browser.all("#impact-changes ins")).isNotEmpty();
        assertThat(browser.all("#impact-changes del")).isNotEmpty();
        long findings = changes.stream().mapToLong(c -> ((List<?>) c.get("findings")).size()).sum();
        long criteria = changes.stream().mapToLong(c -> ((List<?>) c.get("criteria")).size()).sum();
        assertThat(findings).isPositive();
        assertThat(browser.all(".impact-findings li")).hasSize((int) findings);
        assertThat(browser.all(".impact-criteria li")).hasSize((int) criteria);
        browser.screenshot("impact-" + size);
    }

}
