package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/**
 * The rectification plan page and "check before upload" in a real headless Chromium, at desktop and
 * phone size: what the pages show is compared with the JSON API, and a check writes nothing.
 */
@SlowTest
@YifaSpringTest
class BrowserPlanTest extends ChromiumTest {

    private static final String YEAR = "2025";

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    @SuppressWarnings("unchecked")
    void theUnitPageLeadsToItsPlanWhichListsEveryStepAndTheVetoesEnd(String viewport) {
        at(viewport);
        browser.open("#/unit/sthjj?year=" + YEAR);
        browser.waitFor(By.id("plan-link")).click();
        browser.waitFor(By.id("plan-actions"));
        Map<String, Object> plan = api("/api/units/sthjj/plan?year=" + YEAR);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) plan.get("actions");
        List<WebElement> rows = browser.all("#plan-actions tbody tr");
        assertThat(rows).hasSameSizeAs(actions);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getAttribute("data-kind")).isEqualTo(actions.get(i).get("kind"));
            assertThat(rows.get(i).findElements(By.tagName("td")).get(1).getText()).isEqualTo(actions.get(i).get("deadline"));
        }
        assertThat(browser.driver.findElement(By.id("plan-title")).getText()).contains("示例市生态环境局", YEAR, "整改清单");
        Map<String, Object> veto = ((List<Map<String, Object>>) plan.get("vetoes")).get(0);
        assertThat(browser.driver.findElement(By.id("plan-vetoes")).getText())
                .contains((String) veto.get("clearsOn"), String.valueOf(veto.get("firstYear")), (String) veto.get("windowPhrase"));
        assertThat(browser.all("#plan-totals tbody tr")).hasSameSizeAs((List<?>) plan.get("totals"));
        assertThat(browser.driver.findElement(By.id("plan-workbook")).getAttribute("href"))
                .endsWith("/api/units/sthjj/plan.xlsx?year=" + YEAR);
        browser.screenshot("plan-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    @SuppressWarnings("unchecked")
    void checkBeforeUploadShowsWhatWouldChangeAndWritesNothing(String viewport) throws IOException {
        at(viewport);
        // The records of the first step of the unit's plan: they change at least one finding.
        Map<String, Object> step = ((List<Map<String, Object>>) api("/api/units/xcq/plan?year=" + YEAR).get("actions"))
                .stream().filter(a -> a.get("kind").equals("supply")).findFirst().orElseThrow();
        StringBuilder rows = new StringBuilder(
                "record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by\n");
        for (int i = 1; i <= (Integer) step.get("count"); i++) {
            rows.append("web-preview-").append(i).append(',').append(step.get("evidenceType")).append(',')
                    .append(step.get("deadline")).append(",整改材料 ").append(i).append(",,,,,,,\n");
        }
        Path csv = Path.of("target/plan-preview.csv");
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.FileSystemResource(csv));
        Map<String, Object> answer = ServiceHttp.client(port).post()
                .uri("/api/units/xcq/assessment/preview?year=" + YEAR).header("Authorization", TestUsers.ADMIN)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve()
                .body(ServiceHttp.OBJECT);
        Object records = api("/api/units/xcq/evidence").get("evidence");

        browser.open("#/upload?unit=xcq");
        browser.waitFor(By.id("upload-file")).sendKeys(csv.toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("upload-year"))).selectByValue(YEAR);
        browser.driver.findElement(By.id("upload-user")).sendKeys("test-admin");
        browser.driver.findElement(By.id("upload-password")).sendKeys("admin-test-password");
        browser.driver.findElement(By.id("upload-preview")).click();
        WebElement result = browser.waitFor(By.id("upload-preview-result"));
        boolean eligible = (Boolean) ((Map<String, Object>) answer.get("assessment")).get("eligible");
        assertThat(browser.driver.findElement(By.id("preview-eligible")).getText()).contains(eligible ? "达标" : "不");
        List<Map<String, Object>> changes = (List<Map<String, Object>>) answer.get("changes");
        assertThat(changes).isNotEmpty();
        List<String> shown = browser.all("#preview-changes li").stream().map(e -> e.getAttribute("data-item")).toList();
        assertThat(shown).isEqualTo(changes.stream().map(c -> (String) c.get("notation")).toList());
        assertThat(result.getText()).contains("未写入");
        browser.screenshot("upload-preview-" + size);
        assertThat(api("/api/units/xcq/evidence").get("evidence")).as("records after a check").isEqualTo(records);
    }

}
