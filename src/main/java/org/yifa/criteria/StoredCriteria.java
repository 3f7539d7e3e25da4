package org.yifa.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.yifa.query.QueryLibrary;

/**
 * The one reader of the criteria in the store ({@code queries/criteria-records.rq}, {@code -unit-types},
 * {@code -evidence}, {@code -rules}), for the assessment engine and the demo city alike.
 */
public final class StoredCriteria {

    private StoredCriteria() {
    }

    /** Every criterion in IRI order, with evidence by type and rules by rule IRI. */
    public static List<StoredCriterion> read(QueryLibrary queries) {
        Map<String, Set<String>> appliesTo = new HashMap<>();
        Map<String, Set<String>> except = new HashMap<>();
        for (QuerySolution r : queries.select("criteria-unit-types")) {
            Map<String, Set<String>> target = "except".equals(str(r, "relation")) ? except : appliesTo;
            target.computeIfAbsent(iri(r, "criterion"), k -> new LinkedHashSet<>()).add(iri(r, "unitType"));
        }
        Map<String, List<StoredCriterion.Evidence>> evidence = new HashMap<>();
        for (QuerySolution r : queries.select("criteria-evidence")) {
            evidence.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>()).add(new StoredCriterion.Evidence(
                    iri(r, "evidenceType"), str(r, "label"), r.getLiteral("min").getInt(),
                    r.contains("perEvent") && r.getLiteral("perEvent").getBoolean()));
        }
        Map<String, List<StoredCriterion.Rule>> rules = new HashMap<>();
        for (QuerySolution r : queries.select("criteria-rules")) {
            rules.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>()).add(new StoredCriterion.Rule(
                    str(r, "phrase"), str(r, "per"), integer(r, "minCount"), str(r, "deadline"),
                    integer(r, "validityYears"), integer(r, "provisionalValidityYears"),
                    r.contains("since") ? LocalDate.parse(str(r, "since")) : null));
        }
        List<StoredCriterion> criteria = new ArrayList<>();
        for (QuerySolution r : queries.select("criteria-records")) {
            String iri = iri(r, "criterion");
            StoredCriterion.Condition condition = r.contains("event")
                    ? new StoredCriterion.Condition(iri(r, "event"), str(r, "eventLabel"), str(r, "triggerWords")) : null;
            StoredCriterion.Basis basis = r.contains("basisLabel")
                    ? new StoredCriterion.Basis(str(r, "basisLabel"), str(r, "basisQuote")) : null;
            criteria.add(new StoredCriterion(iri, str(r, "id"), str(r, "item"), str(r, "obligation"),
                    r.getLiteral("judgement").getBoolean(), iri(r, "responsible"), str(r, "responsibleLabel"),
                    ordered(appliesTo.get(iri)), ordered(except.get(iri)),
                    str(r, "scopeWords"), condition, basis, List.copyOf(evidence.getOrDefault(iri, List.of())),
                    List.copyOf(rules.getOrDefault(iri, List.of()))));
        }
        return List.copyOf(criteria);
    }

    /** Unmodifiable, in the query's (IRI) order, so that reasons list unit types alike on every run. */
    private static Set<String> ordered(Set<String> set) {
        return set == null ? Set.of() : java.util.Collections.unmodifiableSet(set);
    }

    private static String str(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.asLiteral().getLexicalForm();
    }

    private static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.asResource().getURI();
    }

    private static Integer integer(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getInt() : null;
    }
}
