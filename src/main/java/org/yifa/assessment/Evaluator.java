package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every criterion of the framework for one unit and year. Generic: it knows evidence
 * requirements and period rules, never a particular item, so a new checklist needs no new code.
 */
final class Evaluator {

    private Evaluator() {
    }

    static UnitAssessment assess(Framework framework, UnitRecords unit, int year) {
        Set<String> kinds = framework.widen(unit.types());
        Map<String, List<UnitRecords.Evidence>> byType = byType(framework, unit);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Finding> findings = new ArrayList<>();
        List<Veto> vetoes = new ArrayList<>();
        for (Framework.ItemDef item : framework.items()) {
            if (item.veto()) {
                // A veto condition that names whom it binds (9.6: 具有行政处罚职能的执法部门) spares other units.
                if (item.vetoAppliesTo().isEmpty() || item.vetoAppliesTo().stream().anyMatch(kinds::contains)) {
                    vetoes.addAll(vetoes(item, unit, end));
                }
                continue;
            }
            List<CriterionResult> results = new ArrayList<>();
            List<Status> statuses = new ArrayList<>();
            for (Framework.CriterionDef c : framework.criteriaByItem().getOrDefault(item.notation(), List.of())) {
                CriterionResult result = criterion(framework, c, kinds, unit, byType, year);
                results.add(result);
                statuses.add(result.status());
            }
            findings.add(new Finding(item.notation(), item.area(), Status.rollUp(statuses), List.copyOf(results)));
        }
        boolean eligible = vetoes.isEmpty()
                && findings.stream().allMatch(f -> f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE);
        return new UnitAssessment(unit.unitId(), unit.name(), year, eligible, List.copyOf(vetoes), List.copyOf(findings));
    }

    private static List<Veto> vetoes(Framework.ItemDef item, UnitRecords unit, LocalDate end) {
        LocalDate from = end.minusYears(item.windowYears());
        return unit.vetoes().stream()
                .filter(v -> v.eventType().equals(item.vetoEvent()) && v.date().isAfter(from) && !v.date().isAfter(end))
                .map(v -> new Veto(item.notation(), item.vetoEventLabel(), v.date().toString(), v.title(), v.iri()))
                .toList();
    }

    /**
     * The unit's evidence under its own type and every wider one, so that each requirement finds its
     * records at once instead of widening every record's type again for every requirement.
     */
    private static Map<String, List<UnitRecords.Evidence>> byType(Framework framework, UnitRecords unit) {
        Map<String, List<UnitRecords.Evidence>> byType = new HashMap<>();
        for (UnitRecords.Evidence e : unit.evidence()) {
            byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
            for (String wider : framework.closure().getOrDefault(e.type(), Set.of())) {
                if (!wider.equals(e.type())) {
                    byType.computeIfAbsent(wider, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return byType;
    }

    static CriterionResult criterion(Framework framework, Framework.CriterionDef c, Set<String> kinds,
                                     UnitRecords unit, Map<String, List<UnitRecords.Evidence>> byType, int year) {
        Framework.Scope scope = c.scope();
        List<String> provisions = framework.provisionsByItem().getOrDefault(c.item(), List.of());
        if (!appliesToAny(c, kinds)) {
            // Outside a competence a law assigns is worth saying; outside an ordinary scope is not (most criteria).
            return scope.basis() == null ? new CriterionResult(c.id(), Status.NOT_APPLICABLE, c.judgement(), List.of(), List.of())
                    : notApplicable(c, new Reason("outside-competence", c.id(), c.obligation(), null, null, null, provisions,
                    c.responsible(), "not within the competence assigned by " + scope.basis() + ": “" + scope.basisQuote() + "”"));
        }
        for (String excluded : scope.except()) {
            if (kinds.contains(excluded)) {
                return notApplicable(c, new Reason("excluded", c.id(), c.obligation(), null, null, null, provisions,
                        c.responsible(), "excluded by the words “" + scope.scopeWords() + "”: the unit is a " + slug(excluded)));
            }
        }
        int events = 1;
        if (scope.event() != null) {
            UnitRecords.EventStatement stated = unit.statement(scope.event(), year);
            if (stated == null) {
                return new CriterionResult(c.id(), Status.NEEDS_JUDGEMENT, c.judgement(), List.of(new Reason(
                        "event-not-reported", c.id(), c.obligation(), null, null, null, provisions, c.responsible(),
                        "the unit has not said whether “" + scope.eventLabel() + "” (" + scope.triggerWords()
                                + ") occurred in " + year + " (sheet events)")), List.of());
            }
            if (stated.occurrences() == 0) {
                return notApplicable(c, new Reason("event-not-occurring", c.id(), c.obligation(), null, 0, 0, provisions,
                        c.responsible(), "event reported as not occurring in " + year + ": “" + scope.eventLabel() + "”"));
            }
            events = stated.occurrences();
        }
        if (c.judgement()) {
            return judged(c, unit, year, provisions);
        }
        Window window = Window.of(c, year);
        List<Reason> reasons = new ArrayList<>();
        List<String> considered = new ArrayList<>();
        int satisfied = 0;
        int withRecords = 0;
        for (Framework.RequirementDef requirement : c.requirements()) {
            // The unit's records that can prove this requirement; plain loops, as this runs for every unit and criterion.
            List<UnitRecords.Evidence> ofType = new ArrayList<>();
            boolean outside = false;
            for (UnitRecords.Evidence e : byType.getOrDefault(requirement.evidenceType(), List.of())) {
                if ((e.forCriterion() == null || e.forCriterion().equals(c.iri())) && !claimedElsewhere(framework, requirement, e)) {
                    ofType.add(e);
                    if (window.contains(e.date())) {
                        considered.add(e.recordId());
                    } else {
                        outside = true;
                    }
                }
            }
            int found = window.count(ofType);
            int required = requirement.perEvent() ? requirement.min() * events : requirement.min();
            if (found >= required) {
                satisfied++;
            } else {
                String kind = requirement.perEvent() ? "events-unhandled"
                        : found > 0 ? "insufficient-count" : outside ? "outside-period" : "missing-evidence";
                String detail = requirement.perEvent()
                        ? events + " × “" + scope.eventLabel() + "” reported for " + year + ", " + found + " handled ("
                                + requirement.min() + " record" + (requirement.min() == 1 ? "" : "s") + " per event); "
                                + window.describe(outside && found == 0)
                        : window.describe(outside && found == 0);
                reasons.add(new Reason(kind, c.id(), c.obligation(), slug(requirement.evidenceType()), required,
                        found, provisions, c.responsible(), detail));
            }
            withRecords += found > 0 ? 1 : 0;
        }
        reasons.addAll(validity(c, unit, year, provisions));
        Status status = satisfied == c.requirements().size() && reasons.isEmpty() ? Status.MET
                : withRecords == 0 ? Status.MISSED : Status.PARTLY_MET;
        return new CriterionResult(c.id(), status, false, List.copyOf(reasons), List.copyOf(considered));
    }

    private static boolean appliesToAny(Framework.CriterionDef c, Set<String> kinds) {
        for (String kind : c.appliesTo()) {
            if (kinds.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    private static CriterionResult notApplicable(Framework.CriterionDef c, Reason why) {
        return new CriterionResult(c.id(), Status.NOT_APPLICABLE, c.judgement(), List.of(why), List.of());
    }

    /** A record of a narrower type another criterion of the item requires proves that activity, not this one. */
    private static boolean claimedElsewhere(Framework framework, Framework.RequirementDef requirement, UnitRecords.Evidence e) {
        for (String claimed : requirement.claimed()) {
            if (framework.isWithin(e.type(), claimed)) {
                return true;
            }
        }
        return false;
    }

    private static CriterionResult judged(Framework.CriterionDef c, UnitRecords unit, int year, List<String> provisions) {
        UnitRecords.Judgement judgement = null;
        for (UnitRecords.Judgement j : unit.judgements()) {
            if (j.year() == year && j.criterion().equals(c.iri())) {
                judgement = j;
                break;
            }
        }
        if (judgement == null) {
            return new CriterionResult(c.id(), Status.NEEDS_JUDGEMENT, true, List.of(new Reason("judgement-pending",
                    c.id(), c.obligation(), null, null, null, provisions, c.responsible(),
                    "an assessor has not judged this criterion for " + year)), List.of());
        }
        if (judgement.met()) {
            return new CriterionResult(c.id(), Status.MET, true, List.of(), List.of());
        }
        return new CriterionResult(c.id(), Status.MISSED, true, List.of(new Reason("judged-missed", c.id(),
                c.obligation(), null, null, null, provisions, c.responsible(), judgement.reason())), List.of());
    }

    /** Validity caps and stated validity of normative documents, for criteria whose sentence sets them. */
    private static List<Reason> validity(Framework.CriterionDef c, UnitRecords unit, int year, List<String> provisions) {
        Integer cap = null;
        Integer provisionalCap = null;
        LocalDate since = null;
        for (Framework.RuleDef rule : c.rules()) {   // the first rule that sets each
            cap = cap != null ? cap : rule.validityYears();
            provisionalCap = provisionalCap != null ? provisionalCap : rule.provisionalValidityYears();
            since = since != null ? since : rule.since();
        }
        if (cap == null && provisionalCap == null && since == null) {
            return List.of();
        }
        Set<String> types = c.requirements().stream().map(Framework.RequirementDef::evidenceType).collect(java.util.stream.Collectors.toSet());
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Reason> reasons = new ArrayList<>();
        for (UnitRecords.Evidence e : unit.evidence()) {
            if (!types.contains(e.type()) || e.date().isAfter(end)) {
                continue;
            }
            Integer limit = e.provisional() && provisionalCap != null ? provisionalCap : cap;
            if (e.validUntil() != null && limit != null && e.validUntil().isAfter(e.date().plusYears(limit))) {
                reasons.add(new Reason("validity-exceeds-cap", c.id(), c.obligation(), slug(e.type()), limit, null,
                        provisions, c.responsible(), "'" + e.title() + "' is valid until " + e.validUntil()
                        + ", beyond " + limit + " years from " + e.date()));
            } else if (e.validUntil() == null && since != null && !e.date().isBefore(since)) {
                reasons.add(new Reason("validity-not-stated", c.id(), c.obligation(), slug(e.type()), null, null,
                        provisions, c.responsible(), "'" + e.title() + "' (" + e.date() + ") states no validity"));
            }
        }
        return reasons;
    }

    static String slug(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }
}
