package org.yifa.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON forms of assessments the API answers with. */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static Map<String, Object> summary(UnitAssessment a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", a.unit());
        json.put("name", a.name());
        json.put("year", a.year());
        json.put("eligible", a.eligible());
        json.put("vetoes", a.vetoes());
        json.put("counts", counts(a));
        json.put("findings", a.findings().stream().map(f -> {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("notation", f.notation());
            finding.put("status", f.status().label());
            finding.put("reasons", f.reasons());
            return finding;
        }).toList());
        return json;
    }

    static Map<String, Long> counts(UnitAssessment a) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.label(), a.findings().stream().filter(f -> f.status() == s).count());
        }
        return counts;
    }

    private static Map<String, Object> requirement(Framework.RequirementDef r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evidenceType", Evaluator.slug(r.evidenceType()));
        json.put("min", r.min());
        if (r.perEvent()) {
            json.put("perEvent", true);
        }
        if (!r.claimed().isEmpty()) {
            json.put("notCounting", r.claimed().stream().map(Evaluator::slug).toList());
        }
        return json;
    }

    /** Whom the criterion's words leave out, the event it waits for (and what the unit stated), the article of its competence. */
    private static void scope(Map<String, Object> criterion, Framework.Scope scope, UnitRecords records, int year) {
        if (scope.scopeWords() != null) {
            criterion.put("scopeWords", scope.scopeWords());
        }
        if (!scope.except().isEmpty()) {
            criterion.put("except", scope.except().stream().map(Evaluator::slug).toList());
        }
        if (scope.event() != null) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("event", Evaluator.slug(scope.event()));
            condition.put("label", scope.eventLabel());
            condition.put("words", scope.triggerWords());
            UnitRecords.EventStatement stated = records.statement(scope.event(), year);
            condition.put("reported", stated == null ? null : stated.occurrences());
            condition.put("statement", stated == null ? null : stated.recordId());
            criterion.put("condition", condition);
        }
        if (scope.basis() != null) {
            criterion.put("responsibleBasis", Map.of("provision", scope.basis(), "quote", scope.basisQuote()));
        }
    }

    /** One finding in full: every criterion, its reasons and the records it counted, and the unit's records of the types it needs. */
    static Map<String, Object> explain(UnitAssessment a, Finding f, Framework framework, UnitRecords records) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", a.unit());
        json.put("year", a.year());
        json.put("notation", f.notation());
        json.put("status", f.status().label());
        json.put("provisions", framework.provisionsByItem().getOrDefault(f.notation(), List.of()));
        json.put("criteria", f.criteria().stream().map(c -> {
            Framework.CriterionDef def = framework.criteriaByItem().get(f.notation()).stream()
                    .filter(d -> d.id().equals(c.id())).findFirst().orElseThrow();
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("id", c.id());
            criterion.put("obligation", def.obligation());
            criterion.put("status", c.status().label());
            criterion.put("judgement", c.judgement());
            criterion.put("responsible", def.responsible());
            criterion.put("requires", def.requirements().stream().map(AssessmentJson::requirement).toList());
            scope(criterion, def.scope(), records, a.year());
            criterion.put("rules", def.rules().stream().map(Framework.RuleDef::phrase).toList());
            criterion.put("reasons", c.reasons());
            criterion.put("counted", c.considered());
            criterion.put("evidence", records.evidence().stream()
                    .filter(e -> def.requirements().stream().anyMatch(r -> framework.isWithin(e.type(), r.evidenceType())))
                    .map(e -> {
                        Map<String, Object> record = new LinkedHashMap<>();
                        record.put("recordId", e.recordId());
                        record.put("type", Evaluator.slug(e.type()));
                        record.put("date", e.date().toString());
                        record.put("title", e.title());
                        record.put("counted", c.considered().contains(e.recordId()));
                        return record;
                    }).toList());
            return criterion;
        }).toList());
        return json;
    }
}
