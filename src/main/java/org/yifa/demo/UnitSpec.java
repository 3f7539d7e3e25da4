package org.yifa.demo;

import java.util.List;

/**
 * A unit to generate evidence for.
 *
 * @param id      the unit id (IRI segment), e.g. {@code sfj}
 * @param name    its Chinese name, e.g. {@code 示例市司法局}
 * @param abbr    the short form used in document numbers, e.g. {@code 示司} in {@code 示司发〔2025〕12号}
 * @param types   unit-type slugs, e.g. {@code municipal-department}, {@code penalty-enforcement-department}
 * @param parent  the id of the body it belongs to (org:subOrganizationOf), or null
 * @param profile how well it keeps its evidence
 * @param veto    whether it suffers a veto event, and when
 */
public record UnitSpec(String id, String name, String abbr, List<String> types, String parent, Profile profile,
                       Veto veto) {

    public enum Profile {
        /** Every documentary requirement met in every year, every judgement criterion judged met. */
        COMPLETE,
        /** Random gaps: missing types, too few records, records out of period, validity problems. */
        GAPS
    }

    public enum Veto {
        NONE,
        /** A veto event in the last generated year: inside the window of that year's assessment. */
        INSIDE,
        /** A veto event three years before the first generated year: outside every window. */
        OUTSIDE
    }

    public UnitSpec {
        types = List.copyOf(types);
    }
}
