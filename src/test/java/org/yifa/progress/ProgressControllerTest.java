package org.yifa.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/**
 * Progress over the years, checked against the assessments of each year: the demo city's two years
 * (2024, 2025), and a unit retyped and then retired (on the store the unit tests write to, not the shared one).
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.test.store=units")
class ProgressControllerTest {

    static final int YEAR = Year.now().getValue() - 1;

    @LocalServerPort
    int port;
    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private Map<String, Object> get(String path) {
        return http.get().uri(path).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    /** Missed < partly met, needs judgement < met, as the API documents it. */
    private static int rank(String status) {
        return switch (status) {
            case "missed" -> 0;
            case "met" -> 2;
            default -> 1;
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> statuses(String unit, int year) {
        return ((List<Map<String, Object>>) get("/api/units/" + unit + "/assessment?year=" + year).get("findings")).stream()
                .collect(Collectors.toMap(f -> (String) f.get("notation"), f -> (String) f.get("status")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachDemoUnitsStatusPerItemAcrossTheTwoYearsAndWhatChanged() {
        List<String> units = http.get().uri("/api/units").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).stream()
                .map(u -> (String) u.get("id")).toList();
        int changes = 0;
        for (String unit : List.of("gov", "sfj", "scjgj", "sthjj", "zrzyj", "xzspj", "czj", "dcq", "xcq", "nhq", "jkq", "bsz")) {
            assertThat(units).contains(unit);
            Map<String, Object> progress = get("/api/units/" + unit + "/progress");
            assertThat(progress.get("years")).as(unit).isEqualTo(List.of(2024, 2025));
            Map<String, String> before = statuses(unit, 2024);
            Map<String, String> after = statuses(unit, 2025);
            List<String> improving = new ArrayList<>();
            List<String> regressing = new ArrayList<>();
            List<String> newlyApplicable = new ArrayList<>();
            for (Map<String, Object> item : (List<Map<String, Object>>) progress.get("items")) {
                String n = (String) item.get("notation");
                assertThat(item.get("statuses")).as(unit + " " + n).isEqualTo(Map.of("2024", before.get(n), "2025", after.get(n)));
                // An item whose every duty waits for an event applies in the year the unit reports one.
                if (before.get(n).equals("not-applicable") && !after.get(n).equals("not-applicable")) {
                    newlyApplicable.add(n);
                }
                if (!before.get(n).equals("not-applicable") && !after.get(n).equals("not-applicable")) {
                    int by = rank(after.get(n)) - rank(before.get(n));
                    (by > 0 ? improving : by < 0 ? regressing : new ArrayList<String>()).add(n);
                }
            }
            assertThat(((List<?>) progress.get("items"))).hasSameSizeAs(after.keySet());
            assertThat(progress.get("improving")).as(unit).isEqualTo(improving);
            assertThat(progress.get("regressing")).as(unit).isEqualTo(regressing);
            assertThat(progress.get("newlyApplicable")).as(unit).isEqualTo(newlyApplicable);
            changes += improving.size() + regressing.size();
            for (int year : List.of(2024, 2025)) {
                assertThat(((Map<String, Object>) progress.get("eligible")).get(String.valueOf(year))).as(unit + " " + year)
                        .isEqualTo(get("/api/units/" + unit + "/assessment?year=" + year).get("eligible"));
            }
        }
        // The demo city's units do change between the years (else this test would show nothing).
        assertThat(changes).isPositive();
        assertThat(get("/api/units/dcq/progress").get("eligible")).isEqualTo(Map.of("2024", true, "2025", true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCitysEligibleCountPerYearIsThatOfTheGapsOfEachYear() {
        List<Map<String, Object>> years = http.get().uri("/api/gaps/eligible-by-year").retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        assertThat(years).extracting(y -> y.get("year")).contains(2024, 2025);
        for (Map<String, Object> y : years) {
            Map<String, Object> gaps = get("/api/gaps?year=" + y.get("year"));
            assertThat(y.get("eligible")).isEqualTo(gaps.get("eligible"));
            assertThat(y.get("eligibleCount")).isEqualTo(((List<?>) gaps.get("eligible")).size());
            assertThat(y.get("units")).isEqualTo(gaps.get("units"));
            if (List.of(2024, 2025).contains(y.get("year"))) {
                assertThat((List<String>) y.get("eligible")).contains("sfj", "dcq").doesNotContain("sthjj");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRetypedUnitHasNewlyApplicableItemsAndTheYearsBeforeKeepTheirKinds() {
        RestClient admin = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestUsers.ADMIN).build();
        admin.post().uri("/api/admin/units").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", "prog-a", "name", "进度市甲局", "unitTypes", List.of("municipal-department"))).retrieve().toBodilessEntity();
        Map<String, String> asDepartment = statuses("prog-a", YEAR - 1);
        statuses("prog-a", YEAR);
        admin.patch().uri("/api/admin/units/prog-a").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitTypes", List.of("municipal-department", "penalty-enforcement-department"),
                        "typesFrom", YEAR + "-01-01")).retrieve().toBodilessEntity();

        assertThat(statuses("prog-a", YEAR - 1)).as("the year before keeps the former kinds").isEqualTo(asDepartment);
        Map<String, String> asEnforcer = statuses("prog-a", YEAR);
        List<String> newly = asEnforcer.keySet().stream()
                .filter(n -> asDepartment.get(n).equals("not-applicable") && !asEnforcer.get(n).equals("not-applicable"))
                .sorted().toList();
        assertThat(newly).isNotEmpty();

        Map<String, Object> progress = get("/api/units/prog-a/progress");
        assertThat(progress.get("years")).isEqualTo(List.of(YEAR - 1, YEAR));
        assertThat(((List<String>) progress.get("newlyApplicable")).stream().sorted().toList())
                .isEqualTo(newly);

        // Retired in the last year: that year is not assessed any more, the one before still is.
        admin.post().uri("/api/admin/units/prog-a/retire").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("validUntil", YEAR + "-03-31")).retrieve().toBodilessEntity();
        progress = get("/api/units/prog-a/progress");
        assertThat(progress.get("years")).isEqualTo(List.of(YEAR - 1));
        assertThat(((Map<String, String>) progress.get("notAssessed")).get(String.valueOf(YEAR))).contains("retired");
    }
}
