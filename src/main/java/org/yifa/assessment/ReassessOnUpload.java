package org.yifa.assessment;

import java.time.Year;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yifa.evidence.EvidenceUploaded;
import org.yifa.query.QueryLibrary;

/**
 * Re-assesses a unit right after an upload, for every year its records fall in (and, since a veto
 * event counts for two years, the year after), so stored rounds never lag behind the evidence.
 */
@Component
class ReassessOnUpload {

    private final AssessmentEngine engine;
    private final QueryLibrary queries;

    ReassessOnUpload(AssessmentEngine engine, QueryLibrary queries) {
        this.engine = engine;
        this.queries = queries;
    }

    @EventListener
    void uploaded(EvidenceUploaded event) {
        int lastYear = Year.now().getValue();
        queries.select("assessment-upload-years", Map.of("upload", event.upload())).stream()
                .map(r -> r.getLiteral("year").getInt())
                .flatMap(y -> java.util.stream.Stream.of(y, y + 1))
                .distinct()
                .filter(y -> y <= lastYear)
                .forEach(y -> engine.assess(event.unitId(), y));
    }
}
