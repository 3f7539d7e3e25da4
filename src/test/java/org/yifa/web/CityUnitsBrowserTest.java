package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;
import org.yifa.unit.CityWorkbook;

/**
 * A city from its first day, in a real headless Chromium: an admin imports a 300-unit register from a
 * real .xlsx workbook (after a bad one, whose problems are listed by row and field), uploads a ledger
 * for one of the new units, retires another; a unit's progress page and the gaps page's eligible count
 * per year show what the API answers. On the store of the unit tests, not the shared one.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.test.store=units")
class CityUnitsBrowserTest extends ChromiumTest {

    private static final int YEAR = Year.now().getValue() - 1;

    private RestClient http;

    CityUnitsBrowserTest() {
        super(false); // rejected uploads log their 4xx in the console on purpose; the flow checks the console itself
    }

    @BeforeAll
    void start() throws IOException {
        http = ServiceHttp.client(port);
    }

    private void signIn() {
        browser.waitFor(By.id("units-table"));
        browser.driver.findElement(By.id("units-user")).sendKeys("test-admin");
        browser.driver.findElement(By.id("units-password")).sendKeys("admin-test-password");
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anAdminImportsA300UnitCityUploadsALedgerAndRetiresAUnit() throws IOException {
        browser.viewport(1280, 800);
        browser.resetLanguage();
        List<CityWorkbook.Unit> city = CityWorkbook.city("ui", 300);

        // A bad register first: a unit type that does not exist and a parent that does not either.
        Path bad = Path.of("target/units-bad.xlsx");
        Files.write(bad, CityWorkbook.xlsx(List.of(
                new CityWorkbook.Unit("ui-x1", "甲", "ministry", "", "", null),
                new CityWorkbook.Unit("ui-x2", "乙", "municipal-department", "nowhere", "", null))));
        browser.open("#/units");
        signIn();
        browser.driver.findElement(By.id("units-file")).sendKeys(bad.toAbsolutePath().toString());
        browser.driver.findElement(By.id("units-import")).click();
        browser.waitFor(By.id("upload-problems"));
        List<WebElement> rows = browser.all("#upload-problems tbody tr");
        assertThat(rows).extracting(WebElement::getText).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("第 2 行").contains("unit_types").contains("ministry"))
                .anySatisfy(t -> assertThat(t).contains("第 3 行").contains("parent").contains("nowhere"));
        browser.screenshot("units-import-error-1280x800");
        browser.assertNoConsoleErrors(m -> m.contains("/api/admin/units/import") && m.contains("400"));

        // The real register: 300 units, listed at once.
        Path good = Path.of("target/units-300.xlsx");
        Files.write(good, CityWorkbook.xlsx(city));
        browser.driver.findElement(By.id("units-file")).sendKeys(good.toAbsolutePath().toString());
        browser.driver.findElement(By.id("units-import")).click();
        assertThat(browser.waitFor(By.id("units-ok")).getText()).contains("已导入 300 个单位");
        browser.waitUntil("the imported units listed", d -> !browser.all("#units-table tr[data-unit='ui-q2-z5']").isEmpty());
        for (CityWorkbook.Unit u : List.of(city.get(0), city.get(50), city.get(299))) {
            assertThat(browser.driver.findElement(By.cssSelector("#units-table tr[data-unit='" + u.id() + "']")).getText())
                    .contains(u.name()).contains(u.creditCode());
        }
        browser.screenshot("units-imported-1280x800");

        // A ledger for a new unit, made from the service's template, through the upload page.
        @SuppressWarnings("unchecked")
        Map<String, Object> reason = ((List<Map<String, Object>>) api("/api/units/ui-bm5/assessment?year=" + YEAR).get("findings"))
                .stream().flatMap(f -> ((List<Map<String, Object>>) f.get("reasons")).stream())
                .filter(r -> "missing-evidence".equals(r.get("kind")) && Integer.valueOf(1).equals(r.get("required"))
                        && String.valueOf(r.get("detail")).contains(String.valueOf(YEAR)))
                .findFirst().orElseThrow();
        Path ledger = Path.of("target/ui-bm5-ledger.xlsx");
        Files.write(ledger, CityWorkbook.ledger(http.get().uri("/api/evidence/template.xlsx").retrieve().body(byte[].class),
                List.of(Map.of("record_id", "ui-1", "evidence_type", (String) reason.get("evidenceType"),
                        "date", YEAR + "-05-20", "title", "界面上传的记录", "criterion", (String) reason.get("criterion")))));
        browser.open("#/upload?unit=ui-bm5");
        browser.waitFor(By.id("upload-file"));
        browser.driver.findElement(By.id("upload-file")).sendKeys(ledger.toAbsolutePath().toString());
        browser.driver.findElement(By.id("upload-user")).sendKeys("test-admin");
        browser.driver.findElement(By.id("upload-password")).sendKeys("admin-test-password");
        browser.driver.findElement(By.id("upload-send")).click();
        assertThat(browser.waitFor(By.id("upload-ok")).getText()).contains("已上传：1 条佐证材料");
        String criterion = (String) reason.get("criterion");
        @SuppressWarnings("unchecked")
        Map<String, Object> explained = ((List<Map<String, Object>>) api("/api/units/ui-bm5/items/"
                + criterion.substring(0, criterion.lastIndexOf('-')) + "/explain?year=" + YEAR).get("criteria")).stream()
                .filter(c -> c.get("id").equals(criterion)).findFirst().orElseThrow();
        assertThat(explained.get("counted")).isEqualTo(List.of("ui-1"));

        // Retire a town in the last full year: its assessment page for that year says it is not assessed.
        browser.open("#/units");
        signIn();
        type("units-retire-id", "ui-q1-z1");
        type("units-retire-date", YEAR + "-06-30");
        browser.driver.findElement(By.id("units-retire")).click();
        assertThat(browser.waitFor(By.id("units-ok")).getText()).contains("ui-q1-z1").contains(YEAR + "-06-30");
        browser.open("#/unit/ui-q1-z1?year=" + YEAR);
        assertThat(browser.waitFor(By.id("unit-not-assessed")).getText()).contains("retired").contains(YEAR + "-06-30");
        browser.screenshot("unit-retired-1280x800");
        browser.assertNoConsoleErrors();
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressAndTheEligibleCountPerYearShowWhatTheApiAnswers() {
        for (String size : List.of("1280x800", "390x844")) {
            String[] wh = size.split("x");
            browser.viewport(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            browser.resetLanguage();
            Map<String, Object> progress = api("/api/units/scjgj/progress");
            browser.open("#/progress/scjgj");
            browser.waitFor(By.id("progress-table"));
            assertThat(browser.all("#progress-table tbody tr")).hasSize(((List<?>) progress.get("items")).size());
            for (String change : List.of("improving", "regressing")) {
                for (String n : (List<String>) progress.get(change)) {
                    assertThat(browser.driver.findElement(By.cssSelector("#progress-table tr[data-item='" + n + "']"))
                            .getAttribute("data-change")).isEqualTo(change);
                }
                assertThat(browser.driver.findElement(By.cssSelector("#progress-summary [data-change='" + change + "'] h2"))
                        .getText()).contains("(" + ((List<?>) progress.get(change)).size() + ")");
            }
            browser.screenshot("progress-" + size);

            List<Map<String, Object>> years = http.get().uri("/api/gaps/eligible-by-year").retrieve()
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
            browser.open("#/gaps?year=2025");
            browser.waitFor(By.id("eligible-by-year"));
            for (Map<String, Object> y : years) {
                assertThat(browser.driver.findElement(By.cssSelector("#eligible-by-year tr[data-year='" + y.get("year") + "']"))
                        .getText()).contains(y.get("eligibleCount") + " / " + y.get("units"));
            }
            browser.screenshot("gaps-by-year-" + size);
            browser.assertNoConsoleErrors();
        }
    }
}
