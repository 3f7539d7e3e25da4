package org.yifa.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.UnitAssessment;
import org.yifa.rdf.Yf;

/** How many criterion statuses a baseline gives as the engine does: a baseline that disagrees measures something else. */
final class Agreement {

    private Agreement() {
    }

    /** {@code baseline}: unit IRI → criterion id → status (applicable criteria only). */
    static Map<String, Object> of(Map<String, UnitAssessment> engine, Map<String, Map<String, String>> baseline) {
        long compared = 0;
        long same = 0;
        List<String> examples = new ArrayList<>();
        for (UnitAssessment a : engine.values()) {
            Map<String, String> other = baseline.get(Yf.ID + "unit/" + a.unit());
            if (other == null) {
                continue;
            }
            for (Finding f : a.findings()) {
                for (CriterionResult c : f.criteria()) {
                    compared++;
                    String theirs = other.getOrDefault(c.id(), "not-applicable");
                    if (theirs.equals(c.status().label())) {
                        same++;
                    } else if (examples.size() < 5) {
                        examples.add(a.unit() + " " + c.id() + ": engine " + c.status().label() + ", baseline " + theirs);
                    }
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("criterion_statuses_compared", compared);
        result.put("agree", same);
        if (!examples.isEmpty()) {
            result.put("first_differences", examples);
        }
        return result;
    }
}
