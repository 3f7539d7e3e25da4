package org.yifa.assessment;

import java.util.List;

/**
 * The assessment of one unit for one year.
 *
 * @param unit     the unit id
 * @param eligible no veto inside its window and every item met or not applicable
 */
public record UnitAssessment(String unit, String name, int year, boolean eligible, List<Veto> vetoes, List<Finding> findings) {

    public Finding finding(String notation) {
        return findings.stream().filter(f -> f.notation().equals(notation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + notation));
    }
}
