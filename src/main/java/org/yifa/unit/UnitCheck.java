package org.yifa.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yifa.evidence.Problem;

/**
 * Checks new units against each other and against the units the store holds, reporting every problem
 * where it is: required fields, the id's form, ids used twice or already taken, unit types that are not
 * concepts of the unit-type scheme, parents that do not exist or close a cycle, 统一社会信用代码 that
 * fail GB 32100-2015 or belong to another unit, dates that are not {@code yyyy-mm-dd} or out of order.
 */
final class UnitCheck {

    /** As record ids: safe in an IRI path segment and in the API's paths. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private final Map<String, RegisteredUnit> existing;
    private final Set<String> unitTypes;
    private final List<Problem> problems;

    UnitCheck(Map<String, RegisteredUnit> existing, Set<String> unitTypes, List<Problem> problems) {
        this.existing = existing;
        this.unitTypes = unitTypes;
        this.problems = problems;
    }

    /** The rows as units of {@code graph}, checked; problems are added for whatever is wrong. */
    List<RegisteredUnit> newUnits(List<UnitRow> rows, String graph) {
        Map<String, UnitRow> byId = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        existing.values().stream().filter(u -> u.creditCode() != null)
                .forEach(u -> codes.put(u.creditCode(), "unit '" + u.id() + "'"));
        List<RegisteredUnit> units = new ArrayList<>();
        for (UnitRow row : rows) {
            At at = row.at();
            String id = row.id();
            if (id.isBlank()) {
                add(at, Field.ID, "the unit's id is missing");
            } else if (!ID.matcher(id).matches()) {
                add(at, Field.ID, "'" + id + "' is not a unit id: letters, digits and . _ ~ - only, at most 100");
            } else if (byId.containsKey(id)) {
                add(at, Field.ID, "the id '" + id + "' is used twice: also at " + byId.get(id).at().describe());
            } else if (existing.containsKey(id)) {
                add(at, Field.ID, "a unit with the id '" + id + "' exists already (" + existing.get(id).name() + ")");
            } else {
                byId.put(id, row);
            }
            if (row.name().isBlank()) {
                add(at, Field.NAME, "the unit's name is missing");
            }
            List<String> types = types(at, row.unitTypes());
            String code = creditCode(at, row.creditCode());
            if (code != null) {
                String holder = codes.putIfAbsent(code, at.describe());
                if (holder != null) {
                    add(at, Field.CREDIT_CODE, "the 统一社会信用代码 " + code + " is also that of " + holder);
                }
            }
            LocalDate from = date(at, Field.VALID_FROM, row.validFrom());
            LocalDate until = date(at, Field.VALID_UNTIL, row.validUntil());
            if (from != null && until != null && until.isBefore(from)) {
                add(at, Field.VALID_UNTIL, "the last day in service (" + until + ") is before the first (" + from + ")");
            }
            units.add(new RegisteredUnit(graph, id, row.name(), types, row.parent().isBlank() ? null : row.parent(),
                    code, from, until, List.of()));
        }
        parents(rows, byId);
        return units;
    }

    /** Parents exist (in the rows or the store) and no chain of parents among the rows comes back to where it began. */
    private void parents(List<UnitRow> rows, Map<String, UnitRow> byId) {
        for (UnitRow row : rows) {
            String parent = row.parent();
            if (parent.isBlank()) {
                continue;
            }
            if (parent.equals(row.id())) {
                add(row.at(), Field.PARENT, "a unit cannot be its own parent");
            } else if (!byId.containsKey(parent) && !existing.containsKey(parent)) {
                add(row.at(), Field.PARENT, "unknown parent '" + parent + "': no unit of the file or the store has this id");
            } else {
                List<String> chain = cycle(row.id(), byId);
                if (chain != null) {
                    add(row.at(), Field.PARENT, "the parents form a cycle: " + String.join(" → ", chain));
                }
            }
        }
    }

    /** The chain of parents from {@code id} back to itself, or null when it ends (in the store or at a root). */
    private static List<String> cycle(String id, Map<String, UnitRow> byId) {
        Set<String> seen = new LinkedHashSet<>();
        String at = id;
        while (at != null && byId.containsKey(at) && seen.add(at)) {
            String parent = byId.get(at).parent();
            at = parent.isBlank() ? null : parent;
        }
        if (!id.equals(at)) {
            return null;
        }
        List<String> chain = new ArrayList<>(seen);
        chain.add(id);
        return chain;
    }

    /** Moving {@code unit} under {@code parent}: the parent exists and is not the unit or one of its descendants. */
    void move(RegisteredUnit unit, String parent, At at) {
        if (parent.equals(unit.id())) {
            add(at, Field.PARENT, "a unit cannot be its own parent");
            return;
        }
        if (!existing.containsKey(parent)) {
            add(at, Field.PARENT, "unknown parent '" + parent + "'");
            return;
        }
        List<String> chain = new ArrayList<>(List.of(unit.id(), parent));
        Set<String> seen = new LinkedHashSet<>();
        for (String up = existing.get(parent).parent(); up != null && seen.add(up); up = existing.containsKey(up)
                ? existing.get(up).parent() : null) {
            chain.add(up);
            if (up.equals(unit.id())) {
                add(at, Field.PARENT, "'" + parent + "' is below '" + unit.id() + "'; the parents would form a cycle: "
                        + String.join(" → ", chain));
                return;
            }
        }
    }

    /** The IRIs of slugs (or IRIs) of the unit-type scheme; unknown ones are problems. */
    List<String> types(At at, List<String> given) {
        if (given.isEmpty()) {
            add(at, Field.UNIT_TYPES, "the unit's types are missing: slugs of the unit-type scheme, e.g. municipal-department");
        }
        List<String> iris = new ArrayList<>();
        for (String type : given) {
            String iri = type.contains("/") ? type : RegisteredUnit.TYPE_BASE + type;
            if (!unitTypes.contains(iri)) {
                add(at, Field.UNIT_TYPES, "unknown unit type '" + type + "'; the unit types are: " + String.join(", ",
                        unitTypes.stream().map(t -> t.substring(t.lastIndexOf('/') + 1)).toList()));
            } else if (!iris.contains(iri)) {
                iris.add(iri);
            }
        }
        return iris;
    }

    /** A valid code (spaces removed, letters upper-cased), or null when blank or invalid (then a problem). */
    String creditCode(At at, String given) {
        String code = given.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        var problem = CreditCode.problem(code);
        problem.ifPresent(p -> add(at, Field.CREDIT_CODE, "'" + given + "' is not a valid 统一社会信用代码: " + p));
        return problem.isPresent() ? null : code;
    }

    LocalDate date(At at, Field field, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            add(at, field, "'" + given + "' is not a date yyyy-mm-dd");
            return null;
        }
    }

    void add(At at, Field field, String message) {
        problems.add(at.problem(field, message));
    }
}
