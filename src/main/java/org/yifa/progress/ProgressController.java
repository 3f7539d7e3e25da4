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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.api.ApiProblem;
import org.yifa.assessment.AssessmentEngine;
import org.yifa.assessment.CityGaps;
import org.yifa.assessment.Finding;
import org.yifa.assessment.GapsOverview;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.UnknownUnitException;
import org.yifa.query.QueryLibrary;
import org.yifa.unit.UnitLifetimes;

/**
 * Progress over the years. {@code GET /api/units/{id}/progress}: the unit's status per item in every
 * assessed year, each item's change from the year before the last assessed year to that year (improving,
 * regressing, newly applicable …) and the items of each change. {@code GET /api/gaps/eligible-by-year}:
 * per assessed year, how many units are in service and which are eligible. Assessed years are those of
 * assessor judgements and stored rounds, up to the last full year; each year's answer is the city's gaps of that
 * year ({@link CityGaps}: kept until a record changes).
 */
@RestController
class ProgressController {

    private final AssessmentEngine engine;
    private final QueryLibrary queries;
    private final UnitLifetimes lifetimes;
    private final CityGaps gaps;

    ProgressController(AssessmentEngine engine, QueryLibrary queries, UnitLifetimes lifetimes, CityGaps gaps) {
        this.engine = engine;
        this.queries = queries;
        this.lifetimes = lifetimes;
        this.gaps = gaps;
    }

    @GetMapping("/api/units/{id}/progress")
    UnitProgress unit(@PathVariable String id) {
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
        List<ItemProgress> items = new ArrayList<>();
        int n = assessed.size();
        for (var e : statuses.entrySet()) {
            String label = null;
            if (n >= 2) {
                Change change = Change.of(assessed.get(n - 2).finding(e.getKey()).status(),
                        assessed.get(n - 1).finding(e.getKey()).status());
                label = change.label;
                byChange.computeIfAbsent(change, k -> new ArrayList<>()).add(e.getKey());
            }
            items.add(new ItemProgress(e.getKey(), areas.get(e.getKey()), e.getValue(), label));
        }
        Map<String, Boolean> eligible = new LinkedHashMap<>();
        assessed.forEach(a -> eligible.put(String.valueOf(a.year()), a.eligible()));
        return new UnitProgress(id, name, assessed.stream().map(UnitAssessment::year).toList(),
                n >= 2 ? assessed.get(n - 2).year() : null, n >= 1 ? assessed.get(n - 1).year() : null, eligible,
                notAssessed, changed(byChange, Change.IMPROVING), changed(byChange, Change.REGRESSING),
                changed(byChange, Change.NEWLY_APPLICABLE), changed(byChange, Change.NO_LONGER_APPLICABLE), items);
    }

    private static List<String> changed(Map<Change, List<String>> byChange, Change change) {
        return byChange.getOrDefault(change, List.of());
    }

    @GetMapping("/api/gaps/eligible-by-year")
    List<EligibleInYear> city() {
        List<EligibleInYear> years = new ArrayList<>();
        for (int year : years("progress-years", Map.of())) {
            // The city's gaps of the year, kept until a record changes: not the city assessed again per request.
            GapsOverview city = gaps.of(year);
            years.add(new EligibleInYear(year, city.units(), city.eligible().size(), city.eligible()));
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

    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<ProblemDetail> unknownUnit(UnknownUnitException e) {
        return ApiProblem.answer(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
