package org.yifa.assessment;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.api.ApiProblem;
import org.yifa.unit.UnitNotAssessedException;

/**
 * Units and their assessments: {@code GET /api/units}, {@code /api/units/{id}/assessment?year=},
 * {@code /api/units/{id}/items/{notation}/explain?year=}. The year defaults to the last full year.
 */
@RestController
class UnitController {

    private final AssessmentEngine engine;

    UnitController(AssessmentEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/units")
    List<UnitEntry> units() {
        return engine.units().values().stream().map(u -> new UnitEntry(u.id(), u.name(),
                u.types().stream().map(Evaluator::slug).toList(), u.parent() == null ? "" : u.parent())).toList();
    }

    @GetMapping("/api/units/{id}/assessment")
    AssessmentSummary assessment(@PathVariable String id, @RequestParam(required = false) Integer year) {
        try {
            return AssessmentJson.summary(engine.assess(id, year(year)));
        } catch (UnitNotAssessedException e) {
            // Not an error: the answer for that year is that the unit is not assessed, and why.
            return AssessmentSummary.notAssessed(e, engine.unit(id).name());
        }
    }

    @GetMapping("/api/units/{id}/items/{notation}/explain")
    Explanation explain(@PathVariable String id, @PathVariable String notation,
                                @RequestParam(required = false) Integer year) {
        UnitAssessment a = engine.assess(id, year(year));
        Finding finding = a.findings().stream().filter(f -> f.notation().equals(notation)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No requirement '" + notation + "'; veto conditions show under 'vetoes' of the assessment"));
        return AssessmentJson.explain(a, finding, engine.framework(), engine.recordsOf(id, a.year()));
    }

    static int year(Integer year) {
        int lastFull = Year.now().getValue() - 1;
        if (year == null) {
            return lastFull;
        }
        if (year < 2000 || year > lastFull + 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be between 2000 and " + (lastFull + 1));
        }
        return year;
    }

    /** An explanation for a year the unit is not assessed for: there is nothing to explain. */
    @ExceptionHandler(UnitNotAssessedException.class)
    ResponseEntity<ProblemDetail> notAssessed(UnitNotAssessedException e) {
        return ApiProblem.answer(HttpStatus.CONFLICT, e.getMessage());
    }

    /** JSON whatever the client accepts: negotiating the error body would turn the 404 into a 500. */
    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<ProblemDetail> unknownUnit(UnknownUnitException e) {
        return ApiProblem.answer(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
