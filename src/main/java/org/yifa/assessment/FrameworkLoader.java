package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;

/** Reads the {@link Framework} from the store through the query library. */
@Component
class FrameworkLoader {

    private final QueryLibrary queries;

    FrameworkLoader(QueryLibrary queries) {
        this.queries = queries;
    }

    Framework load(String version) {
        List<Framework.ItemDef> items = new ArrayList<>();
        for (QuerySolution r : queries.select("assessment-items")) {
            items.add(new Framework.ItemDef(r.getResource("item").getURI(), str(r, "notation"), str(r, "areaNotation"),
                    r.getLiteral("veto").getBoolean(), iri(r, "event"), str(r, "eventLabel"),
                    r.contains("windowYears") ? r.getLiteral("windowYears").getInt() : 0));
        }
        Map<String, List<Framework.RequirementDef>> requirements = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-requirements")) {
            requirements.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>())
                    .add(new Framework.RequirementDef(iri(r, "evidenceType"), r.getLiteral("min").getInt(),
                            r.contains("perEvent") && r.getLiteral("perEvent").getBoolean(), List.of()));
        }
        Map<String, List<Framework.RuleDef>> rules = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-rules")) {
            rules.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>()).add(new Framework.RuleDef(
                    str(r, "phrase"), str(r, "per"), str(r, "deadline"), integer(r, "validityYears"),
                    integer(r, "provisionalValidityYears"),
                    r.contains("since") ? LocalDate.parse(str(r, "since")) : null));
        }
        Map<String, Framework.Scope> scopes = scopes();
        Map<String, Framework.CriterionDef> criteria = new LinkedHashMap<>();
        Map<String, Set<String>> appliesTo = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-criteria")) {
            String iri = iri(r, "criterion");
            appliesTo.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(iri(r, "appliesTo"));
            criteria.computeIfAbsent(iri, k -> new Framework.CriterionDef(iri, str(r, "id"), str(r, "notation"),
                    str(r, "obligation"), r.getLiteral("judgement").getBoolean(), appliesTo.get(iri),
                    r.contains("responsibleLabel") ? str(r, "responsibleLabel") : iri(r, "responsible"),
                    List.copyOf(requirements.getOrDefault(iri, List.of())), List.copyOf(rules.getOrDefault(iri, List.of())),
                    scopes.getOrDefault(iri, Framework.Scope.NONE)));
        }
        Map<String, Set<String>> closure = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-closure")) {
            closure.computeIfAbsent(iri(r, "concept"), k -> new java.util.HashSet<>()).add(iri(r, "wider"));
        }
        Map<String, List<Framework.CriterionDef>> byItem = new LinkedHashMap<>();
        criteria.values().stream().sorted(java.util.Comparator.comparing(Framework.CriterionDef::id, FrameworkLoader::byNumbers))
                .forEach(c -> byItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c));
        byItem.replaceAll((item, list) -> Activities.claim(list, closure));
        Map<String, List<String>> provisions = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-item-provisions")) {
            provisions.computeIfAbsent(str(r, "notation"), k -> new ArrayList<>())
                    .add(str(r, "lawTitle") + " " + str(r, "numberZh"));
        }
        return new Framework(List.copyOf(items), byItem, closure, provisions, version);
    }

    /** Exclusions, conditions and competence bases by criterion IRI. */
    private Map<String, Framework.Scope> scopes() {
        Map<String, Framework.Scope> scopes = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-criterion-scope")) {
            String iri = iri(r, "criterion");
            Framework.Scope known = scopes.get(iri);
            Set<String> except = known == null ? new LinkedHashSet<>() : known.except();
            if (r.contains("except")) {
                except.add(iri(r, "except"));
            }
            if (known == null) {
                scopes.put(iri, new Framework.Scope(except, str(r, "scopeWords"), iri(r, "event"),
                        r.contains("eventLabel") ? str(r, "eventLabel") : Evaluator.slug(iri(r, "event")),
                        str(r, "triggerWords"), str(r, "basisLabel"), str(r, "basisQuote")));
            }
        }
        return scopes;
    }

    /** Orders ids like {@code 7.4-10} after {@code 7.4-9}. */
    static int byNumbers(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String str(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.asResource().getURI();
    }

    private static Integer integer(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getInt() : null;
    }
}
