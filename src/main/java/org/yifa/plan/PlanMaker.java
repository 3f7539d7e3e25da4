package org.yifa.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Service;
import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.Reason;
import org.yifa.assessment.Status;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.Veto;
import org.yifa.assessment.WhatIf;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/**
 * Makes a unit's rectification plan from the engine's own answers: the reasons of its assessment say
 * what falls short (evidence type, required and found counts, responsible body, legal basis, pending
 * judgements); probe records evaluated in memory say on which dates a record would count for which
 * criteria ({@link Windows}); records that count for several criteria are asked for once ({@link Cover}).
 * The plan is then checked by evaluating the unit with the records it asks for. Nothing is written.
 */
@Service
class PlanMaker {

    /** Reasons that more records of the type mend; every other kind of reason is a step of its own. */
    private static final Set<String> SHORT_OF_RECORDS = Set.of("missing-evidence", "insufficient-count", "outside-period",
            "events-unhandled");
    static final String JUDGED_BY = "assessor";

    private final WhatIf whatIf;
    private final QueryLibrary queries;

    PlanMaker(WhatIf whatIf, QueryLibrary queries) {
        this.whatIf = whatIf;
        this.queries = queries;
    }

    /** A criterion short of records of one type, with its item and the reason that says so. */
    private record Short(String criterion, String item, String type, int deficit, Reason reason) {
    }

    Plan make(String unitId, int year) {
        UnitAssessment now = whatIf.assess(unitId, year, null);
        String unitIri = Yf.ID + "unit/" + unitId;
        List<Short> shorts = new ArrayList<>();
        Map<String, List<Short>> states = new java.util.LinkedHashMap<>();
        List<Plan.Action> actions = new ArrayList<>();
        LocalDate assessmentDate = LocalDate.of(year, 12, 31);
        for (Finding f : now.findings()) {
            for (CriterionResult c : f.criteria()) {
                if (c.status() == Status.MET || c.status() == Status.NOT_APPLICABLE) {
                    continue;
                }
                for (Reason r : c.reasons()) {
                    if (SHORT_OF_RECORDS.contains(r.kind()) && r.evidenceType() != null && r.required() != null) {
                        int found = r.found() == null ? 0 : r.found();
                        shorts.add(new Short(c.id(), f.notation(), r.evidenceType(), r.required() - found, r));
                    } else if ("event-not-reported".equals(r.kind())) {
                        states.computeIfAbsent(whatIf.eventOf(c.id()), k -> new ArrayList<>()).add(new Short(c.id(), f.notation(), null, 0, r));
                    } else if ("judgement-pending".equals(r.kind())) {
                        actions.add(action("judge", null, 1, null, assessmentDate, List.of(c.id()), List.of(f.notation()),
                                List.of(r), JUDGED_BY, "an assessor judges whether the criterion is met in " + year));
                    } else {
                        actions.add(action("resolve", r.evidenceType(), 1, null, assessmentDate, List.of(c.id()),
                                List.of(f.notation()), List.of(r), null, why(r, year)));
                    }
                }
            }
        }
        // One statement per event type and year serves every criterion that waits for the event.
        states.forEach((event, waiting) -> actions.add(action("state", event, 1, null, assessmentDate,
                waiting.stream().map(Short::criterion).toList(), waiting.stream().map(Short::item).toList(),
                waiting.stream().map(Short::reason).toList(), null,
                "the unit states (sheet events) whether “" + event + "” occurred in " + year + " and how often; "
                        + "none makes the criteria not applicable")));
        Set<String> types = new LinkedHashSet<>();
        shorts.forEach(s -> types.add(s.type()));
        var counted = Windows.counted(whatIf.assess(unitId, year, Windows.probes(unitIri, types, year)));
        List<Plan.Action> supply = new ArrayList<>();
        for (String type : types) {
            List<Short> ofType = shorts.stream().filter(s -> s.type().equals(type)).toList();
            List<Cover.Need> needs = new ArrayList<>();
            for (Short s : ofType) {
                NavigableSet<LocalDate> dates = counted.getOrDefault(s.criterion(), Map.of()).getOrDefault(type, new TreeSet<>());
                if (dates.tailSet(LocalDate.of(year, 1, 1), true).isEmpty()) {
                    actions.add(action("resolve", type, s.deficit(), null, assessmentDate, List.of(s.criterion()),
                            List.of(s.item()), List.of(s.reason()), null,
                            "no record of this type dated in " + year + " would count: " + s.reason().detail()));
                } else {
                    needs.add(new Cover.Need(s.criterion(), s.deficit(), dates));
                }
            }
            for (Cover.Group g : Cover.of(needs, year)) {
                List<Short> served = ofType.stream().filter(s -> g.criteria().contains(s.criterion())).toList();
                LocalDate from = Windows.open(g.dates(), year) ? null : g.dates().first();
                supply.add(action("supply", type, g.count(), from, g.dates().last(),
                        served.stream().map(Short::criterion).toList(), served.stream().map(Short::item).toList(),
                        served.stream().map(Short::reason).toList(), null,
                        "records count when dated " + (from == null ? "up to " : from + " to ") + g.dates().last()));
            }
        }
        supply = Validity.settle(whatIf, unitId, unitIri, year, now, supply);
        actions.addAll(supply);
        actions.sort(Comparator.comparing(Plan.Action::deadline).thenComparing(Comparator.comparingInt(Plan.Action::count).reversed())
                .thenComparing(a -> a.criteria().get(0)));
        Map<String, String> criterionIris = new HashMap<>();
        queries.select("evidence-criteria").forEach(r -> criterionIris.put(r.getLiteral("id").getString(), r.getResource("criterion").getURI()));
        UnitAssessment after = whatIf.assess(unitId, year, Validity.records(unitIri, year, supply, actions, criterionIris));
        boolean eligibleAfter = after.findings().stream()
                .allMatch(f -> f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE);
        List<Plan.VetoBlock> vetoes = vetoes(unitId, year, now);
        int fromYear = vetoes.stream().mapToInt(Plan.VetoBlock::firstYear).max().orElse(year);
        return new Plan(now.unit(), now.name(), year, now.eligible(), eligibleAfter, fromYear, actions, vetoes, totals(actions));
    }

    private static Plan.Action action(String kind, String type, int count, LocalDate from, LocalDate deadline,
                                      List<String> criteria, List<String> items, List<Reason> reasons, String judgedBy,
                                      String detail) {
        return new Plan.Action(kind, type, count, from == null ? null : from.toString(), deadline.toString(), null, false,
                criteria, distinct(items), distinct(reasons.stream().map(Reason::obligation).toList()),
                distinct(reasons.stream().map(Reason::responsible).toList()),
                distinct(reasons.stream().flatMap(r -> r.provisions().stream()).toList()), judgedBy, detail);
    }

    /** Why a step cannot be done by supplying records, in the engine's words and the intake's rule that stands in the way. */
    private static String why(Reason r, int year) {
        return switch (r.kind()) {
            case "judged-missed" -> "judged missed for " + year + ": " + r.detail()
                    + " (one judgement per criterion and year: an upload cannot replace it)";
            case "validity-exceeds-cap", "validity-not-stated" -> r.kind() + ": " + r.detail()
                    + " (a record once uploaded is not replaced by a later upload)";
            default -> r.kind() + ": " + r.detail();
        };
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Each veto event in the window: when it leaves it (its window in years, from the criteria), and the first year the engine no longer counts it. */
    private List<Plan.VetoBlock> vetoes(String unitId, int year, UnitAssessment now) {
        if (now.vetoes().isEmpty()) {
            return List.of();
        }
        Map<String, QuerySolution> windows = new HashMap<>();
        queries.select("plan-veto-windows").forEach(r -> windows.put(r.getLiteral("notation").getString(), r));
        Map<Integer, UnitAssessment> later = new LinkedHashMap<>();
        List<Plan.VetoBlock> blocks = new ArrayList<>();
        for (Veto v : now.vetoes()) {
            QuerySolution w = windows.get(v.notation());
            Integer years = w == null ? null : w.getLiteral("windowYears").getInt();
            String phrase = w == null || !w.contains("phrase") ? null : w.getLiteral("phrase").getString();
            int first = year + 1;
            // Bounded: a window of more than ten years is beyond any checklist's words.
            while (first <= year + 11 && later.computeIfAbsent(first, y -> whatIf.assess(unitId, y, null)).vetoes().stream()
                    .anyMatch(o -> o.record().equals(v.record()) && o.notation().equals(v.notation()))) {
                first++;
            }
            String clears = years == null ? null : LocalDate.parse(v.date()).plusYears(years).toString();
            blocks.add(new Plan.VetoBlock(v.notation(), v.event(), v.date(), v.title(), years, phrase, clears, first));
        }
        return blocks;
    }

    private static List<Plan.Total> totals(List<Plan.Action> actions) {
        Map<String, int[]> by = new LinkedHashMap<>();
        for (Plan.Action a : actions) {
            for (String body : a.responsible()) {
                int[] t = by.computeIfAbsent(body, k -> new int[3]);
                switch (a.kind()) {
                    case "supply" -> t[0] += a.count();
                    case "judge" -> t[1] += 1;
                    default -> t[2] += 1;
                }
            }
        }
        return by.entrySet().stream().map(e -> new Plan.Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt((Plan.Total t) -> t.records() + t.judgements() + t.resolve()).reversed())
                .toList();
    }
}
