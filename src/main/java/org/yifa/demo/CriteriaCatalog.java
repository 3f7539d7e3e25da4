package org.yifa.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.yifa.criteria.StoredCriteria;
import org.yifa.query.QueryLibrary;

/**
 * What the {@link CityGenerator} needs to know of the checklist, as plain objects read once from the
 * store ({@link StoredCriteria} and {@code queries/demo-*.rq}), so that generating a large city never touches the store.
 *
 * @param criteria          every criterion, in IRI order
 * @param criteriaByUnitType for each unit-type IRI, the IRIs of the criteria that bind it directly or
 *                          through a wider type (yf:broaderOrSelf)
 * @param vetoTypes         the kinds of veto event, by veto condition
 */
public record CriteriaCatalog(List<Criterion> criteria, Map<String, Set<String>> criteriaByUnitType,
                              List<VetoType> vetoTypes) {

    /**
     * One criterion.
     *
     * @param iri       its IRI
     * @param id        its notation, e.g. {@code 7.4-1}
     * @param item      the notation of its item
     * @param judgement whether an assessor decides it
     * @param evidence  the evidence it requires
     * @param rules     its period, deadline and validity rules
     * @param event     the event type it depends on, or null when it always applies
     */
    public record Criterion(String iri, String id, String item, boolean judgement, List<Evidence> evidence,
                            List<Rule> rules, String event) {

        /** A criterion that waits for no event. */
        public Criterion(String iri, String id, String item, boolean judgement, List<Evidence> evidence, List<Rule> rules) {
            this(iri, id, item, judgement, evidence, rules, null);
        }

        /** Records per year ({@code per year}) or per quarter ({@code per quarter}); null when standing. */
        public String per() {
            boolean quarter = rules.stream().anyMatch(r -> "quarter".equals(r.per()));
            return quarter ? "quarter" : rules.stream().anyMatch(r -> "year".equals(r.per())) ? "year" : null;
        }

        /** The quarter (1–4) by whose end the year's records are due, or 0. */
        public int deadlineQuarter() {
            return rules.stream().map(Rule::deadline).filter(Objects::nonNull).filter(d -> d.matches("Q[1-4]"))
                    .mapToInt(d -> d.charAt(1) - '0').min().orElse(0);
        }

        public Integer validityYears() {
            return rules.stream().map(Rule::validityYears).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        }

        public Integer provisionalValidityYears() {
            return rules.stream().map(Rule::provisionalValidityYears).filter(Objects::nonNull).min(Integer::compare)
                    .orElse(null);
        }

        public LocalDate since() {
            return rules.stream().map(Rule::since).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        }

        /** Whether records must fall in the assessed year (or a quarter of it) to count. */
        public boolean periodic() {
            return per() != null || deadlineQuarter() > 0;
        }

        public boolean checksValidity() {
            return validityYears() != null || provisionalValidityYears() != null || since() != null;
        }
    }

    /**
     * An evidence requirement: at least {@code min} records of {@code type} (labelled {@code label}),
     * times the events reported when {@code perEvent}.
     */
    public record Evidence(String type, int min, String label, boolean perEvent) {

        public Evidence(String type, int min, String label) {
            this(type, min, label, false);
        }
    }

    /** One rule of a criterion; fields it does not set are null. */
    public record Rule(String per, Integer minCount, String deadline, Integer validityYears,
                       Integer provisionalValidityYears, LocalDate since) {
    }

    /** A kind of veto event of veto condition {@code item}, counted within {@code windowYears}. */
    public record VetoType(String item, String iri, String label, int windowYears) {
    }

    public CriteriaCatalog {
        criteria = List.copyOf(criteria);
        criteriaByUnitType = Map.copyOf(criteriaByUnitType);
        vetoTypes = List.copyOf(vetoTypes);
    }

    /** Reads the catalog from the store. */
    public static CriteriaCatalog read(QueryLibrary queries) {
        List<Criterion> criteria = StoredCriteria.read(queries).stream().map(c -> new Criterion(c.iri(), c.id(), c.item(),
                c.judgement(), c.evidence().stream().map(e -> new Evidence(e.type(), e.min(), e.label(), e.perEvent())).toList(),
                c.rules().stream().map(r -> new Rule(r.per(), r.minCount(), r.deadline(), r.validityYears(),
                        r.provisionalValidityYears(), r.since())).toList(),
                c.condition() == null ? null : c.condition().event())).toList();
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("demo-criteria-of-unit-types")) {
            byType.computeIfAbsent(iri(row, "unitType"), k -> new LinkedHashSet<>()).add(iri(row, "criterion"));
        }
        byType.replaceAll((k, v) -> Set.copyOf(v));
        List<VetoType> vetoes = queries.select("demo-veto-event-types").stream()
                .map(r -> new VetoType(string(r, "item"), iri(r, "event"), string(r, "label"),
                        r.getLiteral("windowYears").getInt()))
                .toList();
        return new CriteriaCatalog(criteria, byType, vetoes);
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String string(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.asLiteral().getString();
    }
}
