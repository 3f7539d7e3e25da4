package org.yifa.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yifa.rdf.Yf;

/**
 * A unit as the store holds it.
 *
 * @param graph      the named graph it is in: {@link CityUnits#GRAPH} for the city's own units
 * @param types      IRIs of its unit types
 * @param parent     the id of the body it belongs to (org:subOrganizationOf), or null
 * @param validUntil its last day in service (retired), or null
 * @param former     the kinds it had before it was retyped, oldest first
 */
record RegisteredUnit(String graph, String id, String name, List<String> types, String parent, String creditCode,
                      LocalDate validFrom, LocalDate validUntil, List<FormerTypes> former) {

    /** Kinds a unit had up to and including {@code until}. */
    record FormerTypes(LocalDate until, List<String> types) {
    }

    static final String IRI_BASE = Yf.ID + "unit/";
    static final String TYPE_BASE = Yf.ID + "unit-type/";

    String iri() {
        return IRI_BASE + id;
    }

    boolean imported() {
        return CityUnits.GRAPH.equals(graph);
    }

    RegisteredUnit with(String newName, List<String> newTypes, String newParent, String newCreditCode,
                        LocalDate newUntil) {
        return new RegisteredUnit(graph, id, newName, newTypes, newParent, newCreditCode, validFrom, newUntil, former);
    }

    /**
     * The unit retyped: its present kinds become former ones, applying up to and including {@code until}
     * (unless an earlier change the same day made them: then they are simply replaced).
     */
    RegisteredUnit retyped(List<String> newTypes, LocalDate until) {
        List<FormerTypes> all = new java.util.ArrayList<>(former);
        if (all.isEmpty() || !all.get(all.size() - 1).until().equals(until)) {
            all.add(new FormerTypes(until, types));
        }
        return new RegisteredUnit(graph, id, name, newTypes, parent, creditCode, validFrom, validUntil, List.copyOf(all));
    }

    OrganisationUnit json() {
        return new OrganisationUnit(id, iri(), name, types.stream().map(RegisteredUnit::slug).toList(),
                parent == null ? "" : parent, creditCode == null ? "" : creditCode,
                validFrom == null ? "" : validFrom.toString(), validUntil == null ? "" : validUntil.toString(),
                imported() ? "city" : graph.equals(Yf.GRAPH + "demo") ? "demo" : "other",
                former.stream().map(f -> new FormerUnitTypes(f.until().toString(),
                        f.types().stream().map(RegisteredUnit::slug).toList())).toList(), imported());
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
