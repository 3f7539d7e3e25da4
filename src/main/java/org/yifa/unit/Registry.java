package org.yifa.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;

/** What the store holds of units ({@code queries/units-registry.rq}) and which unit types exist. */
@Component
class Registry {

    private final QueryLibrary queries;

    Registry(QueryLibrary queries) {
        this.queries = queries;
    }

    /** Every unit in every graph, by id (in id order). */
    Map<String, RegisteredUnit> units() {
        Map<String, RegisteredUnit> units = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("units-registry")) {
            String id = r.getLiteral("unitId").getLexicalForm();
            RegisteredUnit unit = units.computeIfAbsent(id, k -> new RegisteredUnit(r.getResource("graph").getURI(), k,
                    text(r, "name"), new ArrayList<>(), text(r, "parentId"), text(r, "creditCode"),
                    date(r, "validFrom"), date(r, "validUntil"), new ArrayList<>()));
            if (r.contains("unitType") && !unit.types().contains(r.getResource("unitType").getURI())) {
                unit.types().add(r.getResource("unitType").getURI());
            }
        }
        Map<String, Map<LocalDate, List<String>>> former = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("units-former-types")) {
            former.computeIfAbsent(r.getLiteral("unitId").getLexicalForm(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(date(r, "until"), k -> new ArrayList<>()).add(r.getResource("type").getURI());
        }
        former.forEach((id, periods) -> {
            RegisteredUnit unit = units.get(id);
            if (unit != null) {
                periods.forEach((until, types) -> unit.former().add(new RegisteredUnit.FormerTypes(until, List.copyOf(types))));
            }
        });
        return units;
    }

    /** The IRIs of the unit-type scheme's concepts. */
    Set<String> unitTypes() {
        Set<String> types = new TreeSet<>();
        queries.select("units-unit-types").forEach(r -> types.add(r.getResource("type").getURI()));
        return types;
    }

    /** The unit types with their names, for the template: {slug, zh, en}. */
    List<String[]> unitTypeLabels() {
        return queries.select("units-unit-types").stream().map(r -> new String[] {
                r.getResource("type").getURI().substring(r.getResource("type").getURI().lastIndexOf('/') + 1),
                Objects.toString(text(r, "zh"), ""), Objects.toString(text(r, "en"), "")}).toList();
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLexicalForm() : null;
    }

    private static LocalDate date(QuerySolution r, String var) {
        return r.contains(var) ? LocalDate.parse(r.getLiteral(var).getLexicalForm()) : null;
    }
}
