package org.yifa.assessment;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.store.Store;

/**
 * Assessments as they would be: a unit's stored records plus records held in memory (an upload not
 * yet written, or records a plan proposes), evaluated by the same engine. Nothing is written, not
 * even a round.
 */
@Service
public class WhatIf {

    private final Store store;
    private final AssessmentEngine engine;
    private final UnitRecordsLoader records;

    WhatIf(Store store, AssessmentEngine engine, UnitRecordsLoader records) {
        this.store = store;
        this.engine = engine;
        this.records = records;
    }

    /**
     * The unit's assessment for {@code year} with {@code extra}'s records added (none when null).
     *
     * @throws ResponseStatusException 404 for an unknown unit
     */
    public UnitAssessment assess(String unitId, int year, Model extra) {
        Framework framework = engine.framework();
        UnitRecords unit = store.read(() -> records.records(records.unit(unitId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No unit '" + unitId + "'")), extra));
        return Evaluator.assess(framework, unit, year);
    }

    /** The slug of the event type criterion {@code criterionId} waits for, or null when it waits for none. */
    public String eventOf(String criterionId) {
        return engine.framework().criteriaByItem().values().stream().flatMap(java.util.List::stream)
                .filter(c -> c.id().equals(criterionId) && c.scope().event() != null)
                .map(c -> Evaluator.slug(c.scope().event())).findFirst().orElse(null);
    }

    /** The JSON of {@code GET /api/units/{id}/assessment}. */
    public static AssessmentSummary summary(UnitAssessment assessment) {
        return AssessmentJson.summary(assessment);
    }

    /** The year an assessment request means: the last full year when none is given; 400 outside 2000 … next year. */
    public static int year(Integer year) {
        return UnitController.year(year);
    }
}
