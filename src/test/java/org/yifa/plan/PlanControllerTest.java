package org.yifa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;

/**
 * {@code GET /api/units/{id}/plan} and {@code /plan.xlsx} on the demo city, checked against the
 * unit's assessment: every shortfall it reports is covered, records that count for several criteria
 * are asked for once, steps are ordered, totals add up, and a veto says when it ends.
 */
@YifaSpringTest
class PlanControllerTest {

    private static final Set<String> SHORT_OF_RECORDS = Set.of("missing-evidence", "insufficient-count", "outside-period",
            "events-unhandled");
    /** Reasons that say why a criterion does not apply: nothing to do. */
    private static final Set<String> NOT_APPLICABLE = Set.of("excluded", "outside-competence", "event-not-occurring");

    @LocalServerPort
    int port;

    @Test
    void everyShortfallOfTheAssessmentIsCoveredAndASharedRecordIsAskedForOnce() {
        PlanHttp http = new PlanHttp(port);
        Map<String, Object> assessment = http.assessment("xcq", 2025);
        Map<String, Object> plan = http.plan("xcq", 2025).getBody();
        List<Map<String, Object>> actions = PlanHttp.list(plan, "actions");
        int shortfall = 0;
        for (Map<String, Object> finding : PlanHttp.list(assessment, "findings")) {
            for (Map<String, Object> r : PlanHttp.list(finding, "reasons")) {
                String criterion = (String) r.get("criterion");
                if (NOT_APPLICABLE.contains(r.get("kind"))) {
                    continue;
                }
                if (SHORT_OF_RECORDS.contains(r.get("kind"))) {
                    int deficit = (Integer) r.get("required") - (Integer) r.get("found");
                    shortfall += deficit;
                    int asked = actions.stream().filter(a -> a.get("kind").equals("supply")
                                    && a.get("evidenceType").equals(r.get("evidenceType")) && criteria(a).contains(criterion))
                            .mapToInt(a -> (Integer) a.get("count")).sum();
                    assertThat(asked).as("records of %s asked for %s", r.get("evidenceType"), criterion).isGreaterThanOrEqualTo(deficit);
                    Map<String, Object> step = actions.stream().filter(a -> criteria(a).contains(criterion)).findFirst().orElseThrow();
                    assertThat(list(step, "provisions")).containsAll(list(r, "provisions"));
                    assertThat(list(step, "responsible")).contains((String) r.get("responsible"));
                } else {
                    String kind = "judgement-pending".equals(r.get("kind")) ? "judge"
                            : "event-not-reported".equals(r.get("kind")) ? "state" : "resolve";
                    assertThat(actions).as("%s step for %s", kind, criterion)
                            .anySatisfy(a -> assertThat(a.get("kind").equals(kind) && criteria(a).contains(criterion)).isTrue());
                }
            }
        }
        int records = actions.stream().filter(a -> a.get("kind").equals("supply")).mapToInt(a -> (Integer) a.get("count")).sum();
        long start = System.nanoTime();
        for (String unit : List.of("xcq", "nhq", "jkq", "bsz", "czj")) {
            http.plan(unit, 2025);
        }
        System.out.printf("plan xcq 2025: %d records asked for a shortfall of %d records; a plan takes %d ms on average; %s%n",
                records, shortfall, (System.nanoTime() - start) / 5_000_000, actions.get(0));
        assertThat(records).isLessThan(shortfall);
        assertThat(actions).anySatisfy(a -> assertThat(a.get("kind").equals("supply") && criteria(a).size() > 1).isTrue());
        assertThat(actions).filteredOn(a -> a.get("kind").equals("judge")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("judgedBy")).isEqualTo("assessor"));
        // By deadline, then the larger effort first.
        for (int i = 1; i < actions.size(); i++) {
            Map<String, Object> a = actions.get(i - 1);
            Map<String, Object> b = actions.get(i);
            int byDeadline = ((String) a.get("deadline")).compareTo((String) b.get("deadline"));
            assertThat(byDeadline < 0 || byDeadline == 0 && (Integer) a.get("count") >= (Integer) b.get("count")).as("%s before %s", a, b).isTrue();
        }
        // Totals per responsible body add up the steps that name it.
        Map<String, int[]> sums = new HashMap<>();
        for (Map<String, Object> a : actions) {
            for (String body : list(a, "responsible")) {
                int[] s = sums.computeIfAbsent(body, k -> new int[2]);
                s[0] += a.get("kind").equals("supply") ? (Integer) a.get("count") : 0;
                s[1] += a.get("kind").equals("judge") ? 1 : 0;
            }
        }
        List<Map<String, Object>> totals = PlanHttp.list(plan, "totals");
        assertThat(totals).hasSize(sums.size()).allSatisfy(t -> {
            assertThat(t.get("records")).isEqualTo(sums.get(t.get("responsible"))[0]);
            assertThat(t.get("judgements")).isEqualTo(sums.get(t.get("responsible"))[1]);
        });
    }

    @Test
    void aVetoSaysTheDayItLeavesItsWindowAndTheFirstYearTheUnitCanBeEligible() throws IOException {
        PlanHttp http = new PlanHttp(port);
        Map<String, Object> plan = http.plan("sthjj", 2025).getBody();
        Map<String, Object> veto = PlanHttp.list(plan, "vetoes").get(0);
        Map<String, Object> assessed = PlanHttp.list(http.assessment("sthjj", 2025), "vetoes").get(0);
        assertThat(veto).containsEntry("notation", assessed.get("notation")).containsEntry("date", assessed.get("date"));
        // The window is the checklist's own words for part 9 (近两年内), read by the criteria loader.
        assertThat(Files.readString(Path.of("data/source/model-unit-goals.txt"))).contains((String) veto.get("windowPhrase"));
        assertThat(veto.get("windowYears")).isEqualTo(2);
        LocalDate clears = LocalDate.parse((String) assessed.get("date")).plusYears(2);
        assertThat(veto).containsEntry("clearsOn", clears.toString()).containsEntry("firstYear", clears.getYear());
        assertThat(plan).containsEntry("eligibleFromYear", clears.getYear()).containsEntry("eligible", false);
        // The year before, the engine still counts it.
        assertThat(PlanHttp.list(http.assessment("sthjj", clears.getYear() - 1), "vetoes"))
                .anySatisfy(v -> assertThat(v.get("record")).isEqualTo(assessed.get("record")));
        assertThat(PlanHttp.list(http.plan("dcq", 2025).getBody(), "vetoes")).as("a veto event outside the window").isEmpty();
    }

    @Test
    void theWorkbookHasARowPerRecordAndJudgementWithIdsLeftToFillIn() throws IOException {
        PlanHttp http = new PlanHttp(port);
        List<Map<String, Object>> actions = PlanHttp.list(http.plan("jkq", 2025).getBody(), "actions");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.workbook("jkq", 2025)))) {
            List<String> sheets = List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2));
            assertThat(sheets).containsExactly("evidence", "judgements", "vetoes");
            assertThat(book.getSheet("evidence_types")).isNotNull();
            List<Map<String, String>> evidence = Ledger.rows(book.getSheet("evidence"));
            List<Map<String, String>> judgements = Ledger.rows(book.getSheet("judgements"));
            List<Map<String, String>> guide = Ledger.rows(book.getSheet(PlanWorkbook.PLAN_SHEET));
            List<String> types = actions.stream().filter(a -> a.get("kind").equals("supply"))
                    .flatMap(a -> java.util.Collections.nCopies((Integer) a.get("count"), (String) a.get("evidenceType")).stream()).toList();
            assertThat(evidence.stream().map(r -> r.get("evidence_type")).toList()).isEqualTo(types);
            assertThat(evidence).allSatisfy(r -> {
                assertThat(r.get("record_id")).isEmpty();
                assertThat(r.get("date")).isEmpty();
                assertThat(r.get("criterion")).as("counted for every criterion of its type").isEmpty();
            });
            assertThat(judgements.stream().map(r -> r.get("criterion")).toList()).isEqualTo(actions.stream()
                    .filter(a -> a.get("kind").equals("judge")).map(a -> criteria(a).get(0)).toList());
            assertThat(judgements).allSatisfy(r -> assertThat(r.get("year")).isEqualTo("2025"));
            List<Map<String, String>> events = Ledger.rows(book.getSheet("events"));
            assertThat(events.stream().map(r -> r.get("event_type")).toList()).isEqualTo(actions.stream()
                    .filter(a -> a.get("kind").equals("state")).map(a -> (String) a.get("evidenceType")).toList());
            assertThat(events).allSatisfy(r -> assertThat(r.get("occurrences")).as("the unit's answer").isEmpty());
            assertThat(guide).hasSize(evidence.size() + judgements.size() + events.size());
            assertThat(guide.get(0)).containsEntry("sheet", "evidence").containsEntry("row", "2");
        }
    }

    @Test
    void anUnknownUnitIs404AndAYearOutOfRange400() {
        PlanHttp http = new PlanHttp(port);
        var unknown = http.plan("no-such-unit", 2025);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat((String) unknown.getBody().get("message")).as("%s %s", unknown.getHeaders(), unknown.getBody()).contains("no-such-unit");
        assertThat(http.plan("xcq", 1999).getStatusCode().value()).isEqualTo(400);
    }

    private static List<String> criteria(Map<String, Object> action) {
        return list(action, "criteria");
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> json, String key) {
        return List.copyOf(new LinkedHashSet<>((List<String>) json.get(key)));
    }
}
