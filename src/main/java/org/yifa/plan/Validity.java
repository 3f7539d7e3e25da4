package org.yifa.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.Reason;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.WhatIf;
import org.yifa.rdf.Yf;

/**
 * The records a plan asks for, made concrete (dated on the last day that counts), and what they must
 * state about their validity: learnt from the engine, which flags a normative document that states no
 * valid_until ({@code validity-not-stated}) or one beyond its cap ({@code validity-exceeds-cap}, with the cap).
 */
final class Validity {

    /** Far enough to exceed any cap, so that the engine names the cap. */
    private static final int BEYOND_ANY_CAP = 100;

    private Validity() {
    }

    static List<Plan.Action> settle(WhatIf whatIf, String unitId, String unitIri, int year, UnitAssessment now,
                                    List<Plan.Action> supply) {
        if (supply.isEmpty()) {
            return supply;
        }
        Map<String, Long> before = count(now, "validity-not-stated");
        Map<String, Long> unstated = count(whatIf.assess(unitId, year, model(unitIri, supply, a -> null)), "validity-not-stated");
        Map<String, Integer> caps = new HashMap<>();
        UnitAssessment far = whatIf.assess(unitId, year, model(unitIri, supply, a -> BEYOND_ANY_CAP));
        reasons(far).filter(r -> "validity-exceeds-cap".equals(r.kind()) && r.required() != null)
                .forEach(r -> caps.merge(r.evidenceType(), r.required(), Math::min));
        return supply.stream().map(a -> new Plan.Action(a.kind(), a.evidenceType(), a.count(), a.from(), a.deadline(),
                caps.get(a.evidenceType()),
                unstated.getOrDefault(a.evidenceType(), 0L) > before.getOrDefault(a.evidenceType(), 0L),
                a.criteria(), a.items(), a.obligations(), a.responsible(), a.provisions(), a.judgedBy(), a.detail())).toList();
    }

    /** Every record and judgement the plan asks for, as an upload following it would hold them. */
    static Model records(String unitIri, int year, List<Plan.Action> supply, List<Plan.Action> all,
                         Map<String, String> criterionIris) {
        Model m = model(unitIri, supply, a -> a.validUntilYears() != null ? a.validUntilYears() : a.validityRequired() ? 1 : null);
        for (Plan.Action a : all) {
            if ("judge".equals(a.kind())) {
                m.createResource(Yf.ID + "judgement/plan/" + a.criteria().get(0), Yf.Judgement)
                        .addProperty(Yf.unit, m.createResource(unitIri))
                        .addProperty(Yf.criterion, m.createResource(criterionIris.get(a.criteria().get(0))))
                        .addLiteral(Yf.year, m.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDinteger))
                        .addProperty(Yf.verdict, "met")
                        .addProperty(Yf.reason, "as the plan asks");
            } else if ("state".equals(a.kind())) {
                // "After the plan" reads a statement as the answer that settles it without records: none occurred.
                m.createResource(Yf.ID + "event/plan/" + a.evidenceType(), Yf.EventStatement)
                        .addProperty(Yf.unit, m.createResource(unitIri))
                        .addProperty(Yf.eventType, m.createResource(Yf.ID + "event-type/" + a.evidenceType()))
                        .addLiteral(Yf.year, m.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDinteger))
                        .addLiteral(Yf.occurrences, m.createTypedLiteral("0", XSDDatatype.XSDinteger))
                        .addProperty(Yf.recordId, "plan-event~" + a.evidenceType());
            }
        }
        return m;
    }

    private static Model model(String unitIri, List<Plan.Action> supply, Function<Plan.Action, Integer> validYears) {
        Model m = ModelFactory.createDefaultModel();
        int n = 0;
        for (Plan.Action a : supply) {
            LocalDate date = LocalDate.parse(a.deadline());
            Integer years = validYears.apply(a);
            for (int i = 0; i < a.count(); i++) {
                Windows.record(m, unitIri, "plan-record~" + (++n), a.evidenceType(), date,
                        years == null ? null : date.plusYears(years), "planned record " + n);
            }
        }
        return m;
    }

    private static Map<String, Long> count(UnitAssessment a, String kind) {
        Map<String, Long> counts = new HashMap<>();
        reasons(a).filter(r -> kind.equals(r.kind()) && r.evidenceType() != null)
                .forEach(r -> counts.merge(r.evidenceType(), 1L, Long::sum));
        return counts;
    }

    private static java.util.stream.Stream<Reason> reasons(UnitAssessment a) {
        return a.findings().stream().map(Finding::criteria).flatMap(List::stream).map(CriterionResult::reasons).flatMap(List::stream);
    }
}
