package org.yifa.assessment;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yifa.evidence.EvidenceUploaded;
import org.yifa.query.QueryLibrary;
import org.yifa.unit.UnitLifetimes;

/**
 * Re-assesses a unit right after an upload, so stored rounds never lag behind the evidence: every
 * year its records fall in, and every later year of which a round is stored (a standing document
 * counts for all later years, a veto event for two). A year without a stored round needs nothing:
 * it is computed when asked for.
 */
@Component
class ReassessOnUpload {

    private final AssessmentEngine engine;
    private final QueryLibrary queries;
    private final UnitLifetimes lifetimes;

    ReassessOnUpload(AssessmentEngine engine, QueryLibrary queries, UnitLifetimes lifetimes) {
        this.engine = engine;
        this.queries = queries;
        this.lifetimes = lifetimes;
    }

    @EventListener
    void uploaded(EvidenceUploaded event) {
        int lastYear = Year.now().getValue();
        SortedSet<Integer> years = new TreeSet<>(years("assessment-upload-years", Map.of("upload", event.upload())));
        if (years.isEmpty()) {
            return;
        }
        int first = years.first();
        years("assessment-round-years", Map.of("unitId", event.unitId())).stream().filter(y -> y > first).forEach(years::add);
        years.stream().filter(y -> y <= lastYear && lifetimes.assessed(event.unitId(), y)).forEach(y -> engine.assess(event.unitId(), y));
    }

    private List<Integer> years(String query, Map<String, String> parameters) {
        return queries.select(query, parameters).stream().map(r -> r.getLiteral("year").getInt()).toList();
    }
}
