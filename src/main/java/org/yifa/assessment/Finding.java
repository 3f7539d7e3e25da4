package org.yifa.assessment;

import java.util.List;

/** One item for a unit and year: its status, its criteria, and every reason a criterion fell short. */
public record Finding(String notation, String area, Status status, List<CriterionResult> criteria) {

    public List<Reason> reasons() {
        return criteria.stream().flatMap(c -> c.reasons().stream()).toList();
    }
}
