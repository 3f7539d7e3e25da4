package org.yifa.assessment;

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
import org.yifa.criteria.StoredCriteria;
import org.yifa.criteria.StoredCriterion;
import org.yifa.query.QueryLibrary;

/** Reads the {@link Framework} from the store through the query library. */
@Component
class FrameworkLoader {

    private final QueryLibrary queries;

    FrameworkLoader(QueryLibrary queries) {
        this.queries = queries;
    }

    Framework load(String version) {
        Map<String, Set<String>> vetoScope = new HashMap<>();
        for (QuerySolution r : queries.select("assessment-veto-scope")) {
            vetoScope.computeIfAbsent(iri(r, "item"), k -> new LinkedHashSet<>()).add(iri(r, "appliesTo"));
        }
        List<Framework.ItemDef> items = new ArrayList<>();
        for (QuerySolution r : queries.select("assessment-items")) {
            String item = r.getResource("item").getURI();
            items.add(new Framework.ItemDef(item, str(r, "notation"), str(r, "areaNotation"),
                    r.getLiteral("veto").getBoolean(), iri(r, "event"), str(r, "eventLabel"),
                    r.contains("windowYears") ? r.getLiteral("windowYears").getInt() : 0,
                    Set.copyOf(vetoScope.getOrDefault(item, Set.of()))));
        }
        Map<String, Framework.CriterionDef> criteria = new LinkedHashMap<>();
        for (StoredCriterion c : StoredCriteria.read(queries)) {
            // A criterion that binds no unit type is assessed for none.
            if (!c.appliesTo().isEmpty()) {
                criteria.put(c.iri(), definition(c));
            }
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

    private static Framework.CriterionDef definition(StoredCriterion c) {
        List<Framework.RequirementDef> requirements = c.evidence().stream()
                .map(e -> new Framework.RequirementDef(e.type(), e.min(), e.perEvent(), List.of())).toList();
        List<Framework.RuleDef> rules = c.rules().stream().map(r -> new Framework.RuleDef(r.phrase(), r.per(),
                r.deadline(), r.validityYears(), r.provisionalValidityYears(), r.since())).toList();
        return new Framework.CriterionDef(c.iri(), c.id(), c.item(), c.obligation(), c.judgement(), c.appliesTo(),
                c.responsibleLabel() != null ? c.responsibleLabel() : c.responsible(), requirements, rules, scope(c));
    }

    /** Exclusions, condition and competence basis; {@link Framework.Scope#NONE} when it has none of them. */
    private static Framework.Scope scope(StoredCriterion c) {
        if (c.except().isEmpty() && c.condition() == null && c.basis() == null) {
            return Framework.Scope.NONE;
        }
        StoredCriterion.Condition when = c.condition();
        return new Framework.Scope(c.except(), c.scopeWords(), when == null ? null : when.event(),
                when == null ? null : when.eventLabel() != null ? when.eventLabel() : Evaluator.slug(when.event()),
                when == null ? null : when.words(), c.basis() == null ? null : c.basis().label(),
                c.basis() == null ? null : c.basis().quote());
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
}
