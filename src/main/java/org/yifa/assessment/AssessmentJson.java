package org.yifa.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON forms of assessments the API answers with. */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static AssessmentSummary summary(UnitAssessment a) {
        return AssessmentSummary.of(a);
    }

    static Map<String, Long> counts(UnitAssessment a) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.label(), a.findings().stream().filter(f -> f.status() == s).count());
        }
        return counts;
    }

    private static RequiredEvidence requirement(Framework.RequirementDef r) {
        return new RequiredEvidence(Evaluator.slug(r.evidenceType()), r.min(), r.perEvent() ? Boolean.TRUE : null,
                r.claimed().isEmpty() ? null : r.claimed().stream().map(Evaluator::slug).toList());
    }

    /** The event a criterion waits for and what the unit stated; null when it always applies. */
    private static EventCondition condition(Framework.Scope scope, UnitRecords records, int year) {
        if (scope.event() == null) {
            return null;
        }
        UnitRecords.EventStatement stated = records.statement(scope.event(), year);
        return new EventCondition(Evaluator.slug(scope.event()), scope.eventLabel(), scope.triggerWords(),
                stated == null ? null : stated.occurrences(), stated == null ? null : stated.recordId());
    }

    /** One finding in full: every criterion, its reasons and the records it counted, and the unit's records of the types it needs. */
    static Explanation explain(UnitAssessment a, Finding f, Framework framework, UnitRecords records) {
        return new Explanation(a.unit(), a.year(), f.notation(), f.status().label(),
                framework.provisionsByItem().getOrDefault(f.notation(), List.of()), f.criteria().stream().map(c -> {
                    Framework.CriterionDef def = framework.criteriaByItem().get(f.notation()).stream()
                            .filter(d -> d.id().equals(c.id())).findFirst().orElseThrow();
                    Framework.Scope scope = def.scope();
                    return new CriterionExplanation(c.id(), def.obligation(), c.status().label(), c.judgement(),
                            def.responsible(), def.requirements().stream().map(AssessmentJson::requirement).toList(),
                            scope.scopeWords(),
                            scope.except().isEmpty() ? null : scope.except().stream().map(Evaluator::slug).toList(),
                            condition(scope, records, a.year()),
                            scope.basis() == null ? null : new ResponsibleBasis(scope.basis(), scope.basisQuote()),
                            def.rules().stream().map(Framework.RuleDef::phrase).toList(), c.reasons(), c.considered(),
                            records.evidence().stream().filter(e -> def.requirements().stream()
                                            .anyMatch(r -> framework.isWithin(e.type(), r.evidenceType())))
                                    .map(e -> new ExplainedRecord(e.recordId(), Evaluator.slug(e.type()),
                                            e.date().toString(), e.title(), c.considered().contains(e.recordId())))
                                    .toList());
                }).toList());
    }
}
