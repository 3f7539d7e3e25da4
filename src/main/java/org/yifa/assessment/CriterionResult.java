package org.yifa.assessment;

import java.util.List;

/**
 * One criterion evaluated for a unit and year, with the evidence records it counted.
 *
 * @param considered ids of the unit's records that counted for it
 */
public record CriterionResult(String id, Status status, boolean judgement, List<Reason> reasons, List<String> considered) {
}
