package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class LawControllerTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void everyLawIsListedWithItsVersionsLevelAndNationalDatabasePage() throws IOException {
        ResponseEntity<List<Map<String, Object>>> r = http.list("/api/laws");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> laws = r.getBody();

        List<String> shortTitles = LawTexts.files().stream().map(LawTexts::shortTitle).distinct().sorted().toList();
        assertThat(laws).extracting(l -> (String) l.get("shortTitle")).containsExactlyInAnyOrderElementsOf(shortTitles);
        for (Map<String, Object> law : laws) {
            String shortTitle = (String) law.get("shortTitle");
            assertThat(law.get("slug")).isEqualTo(LawTexts.slug(shortTitle));
            List<String> dates = LawTexts.versionDates(shortTitle);
            assertThat(versions(law)).extracting(v -> v.get("date")).as(shortTitle).isEqualTo(dates);
            assertThat(law.get("level")).as(shortTitle).isEqualTo(catalogLevel(shortTitle));
        }

        Map<String, Object> xuke = laws.stream().filter(l -> l.get("slug").equals("xingzheng-xuke-fa")).findFirst().orElseThrow();
        assertThat(xuke).containsEntry("title", "中华人民共和国行政许可法")
                .containsEntry("iri", "https://w3id.org/yifa/id/law/xingzheng-xuke-fa");
        String flk = Files.readAllLines(Path.of("data/laws/flk-ids.csv")).stream()
                .filter(l -> l.startsWith("中华人民共和国行政许可法,2019-04-23,")).findFirst().orElseThrow().split(",")[2];
        assertThat(versions(xuke).get(versions(xuke).size() - 1)).containsEntry("flkId", flk)
                .containsEntry("nationalDatabasePage", "https://flk.npc.gov.cn/detail?bbbs=" + flk);
    }

    @Test
    void theVersionInForceOnADay() {
        Map<String, Object> lifa = http.object("/api/laws/lifa-fa?date=2016-01-01").getBody();
        assertThat(version(lifa)).containsEntry("date", "2015-03-15")
                .containsEntry("iri", "https://w3id.org/yifa/id/law/lifa-fa/2015-03-15");
        assertThat(lifa).containsEntry("date", "2016-01-01").containsEntry("shortTitle", "立法法");

        assertThat(version(http.object("/api/laws/lifa-fa?date=2024-01-01").getBody())).containsEntry("date", "2023-03-13");
        assertThat(version(http.object("/api/laws/xingzheng-fuyi-fa?date=2024-01-01").getBody())).containsEntry("date", "2023-09-01");
        // On the version date itself the new version counts.
        assertThat(version(http.object("/api/laws/xingzheng-fuyi-fa?date=2023-09-01").getBody())).containsEntry("date", "2023-09-01");
        assertThat(version(http.object("/api/laws/xingzheng-fuyi-fa?date=2023-08-31").getBody())).containsEntry("date", "2017-09-01");
    }

    @Test
    void withoutADayTheLatestVersionWithItsHeaderFacts() {
        Path file = LawTexts.file("行政复议法(2023-09-01).md");
        Map<String, Object> body = http.object("/api/laws/xingzheng-fuyi-fa").getBody();
        Map<String, Object> version = version(body);
        assertThat(version).containsEntry("date", "2023-09-01")
                .containsEntry("adopted", "2023-09-01")
                .containsEntry("inForce", "2024-01-01")
                .containsEntry("passedBy", "全国人民代表大会常务委员会")
                .containsEntry("level", "法律")
                .containsEntry("articles", (int) LawTexts.articleLines(file))
                .containsEntry("amends", List.of("https://w3id.org/yifa/id/law/xingzheng-fuyi-fa/2017-09-01"));
        assertThat(LawTexts.read(file)).contains("2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议修订", "本法自2024年1月1日起施行");
    }

    @Test
    void noVersionInForceUnknownLawAndBadDate() {
        ResponseEntity<Map<String, Object>> r = http.object("/api/laws/xingzheng-fuyi-fa?date=2016-01-01");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("行政复议法 has no version in force on 2016-01-01").contains("2017-09-01");

        r = http.object("/api/laws/minfa-dian");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("No law 'minfa-dian'");

        r = http.object("/api/laws/lifa-fa?date=2016-13-01");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Http.message(r)).contains("yyyy-mm-dd");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions(Map<String, Object> law) {
        return (List<Map<String, Object>>) law.get("versions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> version(Map<String, Object> law) {
        assertThat(law).containsKey("version");
        return (Map<String, Object>) law.get("version");
    }

    /** The level column of the shipped catalog's row(s) for the short title. */
    private static String catalogLevel(String shortTitle) {
        try {
            List<String> levels = Files.readAllLines(Path.of("data/laws/catalog.csv")).stream()
                    .filter(l -> l.startsWith(shortTitle + ","))
                    .map(l -> l.split(",")[1]).distinct().toList();
            assertThat(levels).as(shortTitle).hasSize(1);
            return levels.get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
