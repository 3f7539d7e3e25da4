package org.yifa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * The plan closes the loop, for a unit of each kind of the demo city: its workbook, filled in as the plan
 * says (ids, titles, dates inside the windows, the judgements it asks for) and uploaded over HTTP, makes
 * the unit eligible; without any one of its rows the unit is not (checked by preview, which the last
 * step shows to answer as the real assessment does). A store of its own: the uploads change demo units.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.test.context=plan-closed-loop")
class PlanClosedLoopTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"municipal-department", "district-government", "development-zone-committee", "township-government"})
    void aUnitFollowingItsPlanBecomesEligibleAndNeedsEveryRow(String kind) throws IOException {
        PlanHttp http = new PlanHttp(port);
        String[] chosen = unitToRectify(http, kind);
        String unit = chosen[0];
        int year = Integer.parseInt(chosen[1]);
        Map<String, Object> plan = http.plan(unit, year).getBody();
        List<Map<String, Object>> actions = PlanHttp.list(plan, "actions");
        assertThat(plan).containsEntry("eligible", false).containsEntry("eligibleAfter", true);

        byte[] filled = Ledger.fill(http.workbook(unit, year), "plan-" + unit);
        List<Ledger.Line> lines = Ledger.lines(filled);
        int records = actions.stream().filter(a -> a.get("kind").equals("supply")).mapToInt(a -> (Integer) a.get("count")).sum();
        long judgements = actions.stream().filter(a -> a.get("kind").equals("judge")).count();
        long statements = actions.stream().filter(a -> a.get("kind").equals("state")).count();
        assertThat(lines).hasSize(records + (int) judgements + (int) statements);
        System.out.printf("plan %s (%s) %d: %d records to supply, %d judgements, for %d criteria%n", unit, kind, year,
                records, judgements, actions.stream().mapToInt(a -> ((List<?>) a.get("criteria")).size()).sum());

        List<Ledger.Line> notNeeded = new ArrayList<>();
        for (Ledger.Line line : lines) {
            var without = http.preview(unit, year, PlanHttp.XLSX, Ledger.without(filled, line));
            assertThat(without.getStatusCode().value()).as("%s", without.getBody()).isEqualTo(200);
            if (Boolean.TRUE.equals(((Map<?, ?>) without.getBody().get("assessment")).get("eligible"))) {
                notNeeded.add(line);
            }
        }
        assertThat(notNeeded).as("rows the unit is eligible without").isEmpty();

        var preview = http.preview(unit, year, PlanHttp.XLSX, filled);
        assertThat(preview.getStatusCode().value()).as("%s", preview.getBody()).isEqualTo(200);
        var upload = http.upload(unit, PlanHttp.XLSX, filled);
        assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(201);
        Map<String, Object> assessed = http.assessment(unit, year);
        assertThat(assessed).containsEntry("eligible", true);
        assertThat(preview.getBody().get("assessment")).isEqualTo(assessed);
        assertThat(PlanHttp.list(http.plan(unit, year).getBody(), "actions")).isEmpty();
    }

    /**
     * The unit of the kind with the most records to supply, in the first year from the running one back in
     * which any unit of the kind is not eligible, has no veto event in the window and nothing an upload
     * cannot mend: in past years the demo units hold judgements of missed (one judgement per criterion and
     * year, so no upload replaces them), and a normative document stating no validity stays a fault in
     * every later year.
     */
    private String[] unitToRectify(PlanHttp http, String kind) {
        List<Map<String, Object>> units = ServiceHttp.client(port).get().uri("/api/units")
                .retrieve().body(ServiceHttp.OBJECTS);
        List<String> seen = new ArrayList<>();
        for (int year = Year.now().getValue(); year >= Year.now().getValue() - 3; year--) {
            String best = null;
            int most = -1;
            for (Map<String, Object> u : units) {
                if (!((List<?>) u.get("unitTypes")).contains(kind)) {
                    continue;
                }
                Map<String, Object> plan = http.plan((String) u.get("id"), year).getBody();
                List<Map<String, Object>> actions = PlanHttp.list(plan, "actions");
                seen.add(u.get("id") + " " + year + ": eligible " + plan.get("eligible") + ", vetoes " + plan.get("vetoes")
                        + ", resolve " + actions.stream().filter(a -> a.get("kind").equals("resolve")).map(a -> a.get("detail")).toList());
                int records = actions.stream().filter(a -> a.get("kind").equals("supply")).mapToInt(a -> (Integer) a.get("count")).sum();
                if (Boolean.FALSE.equals(plan.get("eligible")) && PlanHttp.list(plan, "vetoes").isEmpty()
                        && actions.stream().noneMatch(a -> a.get("kind").equals("resolve")) && records > most) {
                    best = (String) u.get("id");
                    most = records;
                }
            }
            if (best != null) {
                return new String[] {best, String.valueOf(year)};
            }
        }
        throw new AssertionError("no " + kind + " of the demo city to rectify: " + seen);
    }
}
