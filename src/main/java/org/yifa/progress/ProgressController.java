package org.yifa.progress;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.assessment.Finding;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.UnknownUnitException;
import org.yifa.query.QueryLibrary;
import org.yifa.unit.UnitLifetimes;

/**
 * Progress over the years. {@code GET /api/units/{id}/progress}: the unit's status per item in every
 * assessed year, each item's change from the year before the last assessed year to that year (improving,
 * regressing, newly applicable …) and the items of each change. {@code GET /api/gaps/eligible-by-year}:
 * per assessed year, how many units are in service and which are eligible. Assessed years are those of
 * assessor judgements and stored rounds, up to the last full year; each is assessed afresh.
 */
@RestController
class ProgressController {

    private final AssessmentEngine engine;
    private final QueryLibrary queries;
    private final UnitLifetimes lifetimes;

    ProgressController(AssessmentEngine engine, QueryLibrary queries, UnitLifetimes lifetimes) {
        this.engine = engine;
        this.queries = queries;
        this.lifetimes = lifetimes;
    }

    @GetMapping("/api/units/{id}/progress")
    Map<String, Object> unit(@PathVariable String id) {
        String name = queries.select("assessment-unit", Map.of("unitId", id)).stream()
                .map(r -> r.getLiteral("name").getString()).findFirst()
                .orElseThrow(() -> new UnknownUnitException(id));
        List<Integer> years = years("progress-unit-years", Map.of("unitId", id));
        Map<String, String> notAssessed = new LinkedHashMap<>();
        List<UnitAssessment> assessed = new ArrayList<>();
        for (int year : years) {
            lifetimes.notAssessed(id, year).ifPresentOrElse(e -> notAssessed.put(String.valueOf(year), e.getMessage()),
                    () -> assessed.add(engine.assess(id, year)));
        }
        Map<String, Map<String, String>> statuses = new LinkedHashMap<>();
        Map<String, String> areas = new LinkedHashMap<>();
        for (UnitAssessment a : assessed) {
            for (Finding f : a.findings()) {
                statuses.computeIfAbsent(f.notation(), k -> new LinkedHashMap<>()).put(String.valueOf(a.year()), f.status().label());
                areas.put(f.notation(), f.area());
            }
        }
        Map<Change, List<String>> byChange = new EnumMap<>(Change.class);
        List<Map<String, Object>> items = new ArrayList<>();
        int n = assessed.size();
        for (var e : statuses.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("notation", e.getKey());
            item.put("area", areas.get(e.getKey()));
            item.put("statuses", e.getValue());
            if (n >= 2) {
                Change change = Change.of(assessed.get(n - 2).finding(e.getKey()).status(),
                        assessed.get(n - 1).finding(e.getKey()).status());
                item.put("change", change.label);
                byChange.computeIfAbsent(change, k -> new ArrayList<>()).add(e.getKey());
            }
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", id);
        json.put("name", name);
        json.put("years", assessed.stream().map(UnitAssessment::year).toList());
        json.put("from", n >= 2 ? assessed.get(n - 2).year() : null);
        json.put("to", n >= 1 ? assessed.get(n - 1).year() : null);
        Map<String, Boolean> eligible = new LinkedHashMap<>();
        assessed.forEach(a -> eligible.put(String.valueOf(a.year()), a.eligible()));
        json.put("eligible", eligible);
        json.put("notAssessed", notAssessed);
        for (Change c : List.of(Change.IMPROVING, Change.REGRESSING, Change.NEWLY_APPLICABLE, Change.NO_LONGER_APPLICABLE)) {
            json.put(camel(c.label), byChange.getOrDefault(c, List.of()));
        }
        json.put("items", items);
        return json;
    }

    @GetMapping("/api/gaps/eligible-by-year")
    List<Map<String, Object>> city() {
        List<Map<String, Object>> years = new ArrayList<>();
        for (int year : years("progress-years", Map.of())) {
            List<UnitAssessment> all = engine.assessAll(year);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year);
            row.put("units", all.size());
            List<String> eligible = all.stream().filter(UnitAssessment::eligible).map(UnitAssessment::unit).toList();
            row.put("eligibleCount", eligible.size());
            row.put("eligible", eligible);
            years.add(row);
        }
        return years;
    }

    /** The years of the query's rows up to the last full year, in order. */
    private List<Integer> years(String query, Map<String, String> parameters) {
        int lastFull = Year.now().getValue() - 1;
        TreeSet<Integer> years = new TreeSet<>();
        queries.select(query, parameters).forEach(r -> years.add(r.getLiteral("year").getInt()));
        return years.stream().filter(y -> y <= lastFull).toList();
    }

    private static String camel(String label) {
        StringBuilder s = new StringBuilder();
        for (String part : label.split("-")) {
            s.append(s.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }

    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<Map<String, String>> unknownUnit(UnknownUnitException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", e.getMessage()));
    }
}
