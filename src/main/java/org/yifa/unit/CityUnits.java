package org.yifa.unit;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.riot.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yifa.audit.AuditLog;
import org.yifa.evidence.Problem;
import org.yifa.evidence.UploadFormat;
import org.yifa.evidence.UploadRejected;
import org.yifa.rdf.Yf;
import org.yifa.store.Changes;
import org.yifa.store.Store;

/**
 * The city's own units, in the named graph {@code https://w3id.org/yifa/graph/units}: imported from a
 * workbook, CSV or ORG Turtle / JSON-LD, created, renamed, retyped, moved and retired. Every change is
 * checked whole before anything is written and made in one atomic write with its audit entries; the
 * checks run inside that write, where writers are serialised, so no other change can slip in between.
 * Units of other graphs (the demo city) can be parents but are not changed here.
 */
@Service
class CityUnits {

    static final String GRAPH = Yf.GRAPH + "units";
    private static final Logger log = LoggerFactory.getLogger(CityUnits.class);

    private final Store store;
    private final Registry registry;
    private final java.time.ZoneId zone;

    CityUnits(Store store, Registry registry, @org.springframework.beans.factory.annotation.Value(
            "${yifa.evidence.zone:Asia/Shanghai}") java.time.ZoneId zone) {
        this.store = store;
        this.registry = registry;
        this.zone = zone;
    }

    List<RegisteredUnit> list() {
        return store.read(() -> List.copyOf(registry.units().values()));
    }

    List<String[]> unitTypeLabels() {
        return store.read(registry::unitTypeLabels);
    }

    /** Adds every unit of the file, or none; answers the units added. */
    List<RegisteredUnit> importFile(UploadFormat format, byte[] bytes, String fileName, Charset charset) {
        List<Problem> problems = new ArrayList<>();
        List<UnitRow> rows = switch (format) {
            case XLSX -> UnitTable.xlsx(bytes, problems);
            case CSV -> UnitTable.csv(bytes, charset, problems);
            case TURTLE -> UnitRdf.read(bytes, Lang.TURTLE, problems);
            case JSON_LD -> UnitRdf.read(bytes, Lang.JSONLD, problems);
        };
        if (!problems.isEmpty()) {
            throw CityUnits.rejected(problems);
        }
        String from = fileName == null || fileName.isBlank() ? format.mediaType() : fileName;
        long start = System.nanoTime();
        List<RegisteredUnit> added = add(rows, "unit-import", "imported from " + from);
        log.info("Imported {} units from {} in {} ms", added.size(), from, (System.nanoTime() - start) / 1_000_000);
        return added;
    }

    /** Adds one unit given as JSON. */
    RegisteredUnit create(UnitRow row) {
        return add(List.of(row), "unit-create", "created").get(0);
    }

    private List<RegisteredUnit> add(List<UnitRow> rows, String action, String detail) {
        List<List<RegisteredUnit>> added = new ArrayList<>();
        store.write(changes -> {
            Map<String, RegisteredUnit> existing = registry.units();
            List<Problem> problems = new ArrayList<>();
            List<RegisteredUnit> units = new UnitCheck(existing, registry.unitTypes(), problems).newUnits(rows, GRAPH);
            if (!problems.isEmpty()) {
                throw CityUnits.rejected(problems);
            }
            Map<String, RegisteredUnit> city = city(existing);
            units.forEach(u -> city.put(u.id(), u));
            changes.replaceGraph(GRAPH, UnitGraph.of(city.values()));
            for (int i = 0; i < units.size(); i++) {
                RegisteredUnit u = units.get(i);
                AuditLog.record(changes, action, u.iri(), null, u.name() + " (" + u.id() + ") " + detail
                        + (rows.get(i).at().row() == null ? "" : ", row " + rows.get(i).at().row()));
            }
            added.add(units);
        });
        return added.get(0);
    }

    /**
     * Renames, retypes, moves or re-codes a unit: each key of {@code patch} that is present
     * ({@code name}, {@code unitTypes}, {@code parent} — empty for none —, {@code creditCode}) is one audited change.
     * New unit types apply from {@code typesFrom} (default: today); years whose assessment date comes
     * before it keep being assessed with the unit's former types.
     */
    RegisteredUnit change(String id, Map<String, Object> patch) {
        List<RegisteredUnit> result = new ArrayList<>();
        store.write(changes -> {
            Map<String, RegisteredUnit> existing = registry.units();
            RegisteredUnit unit = editable(existing, id);
            List<Problem> problems = new ArrayList<>();
            UnitCheck check = new UnitCheck(existing, registry.unitTypes(), problems);
            for (String key : patch.keySet()) {
                if (!List.of("name", "unitTypes", "typesFrom", "parent", "creditCode").contains(key)) {
                    problems.add(new Problem(null, null, null, null, key, "unknown field; a change may give name, "
                            + "unitTypes, typesFrom, parent, creditCode (retiring is POST …/retire)"));
                }
            }
            String name = patch.containsKey("name") ? text(patch.get("name")) : unit.name();
            if (name.isBlank()) {
                check.add(At.JSON, Field.NAME, "the unit's name is missing");
            }
            List<String> types = patch.containsKey("unitTypes") ? check.types(At.JSON, list(patch.get("unitTypes"))) : unit.types();
            String parent = unit.parent();
            if (patch.containsKey("parent")) {
                parent = text(patch.get("parent")).isBlank() ? null : text(patch.get("parent")).strip();
                if (parent != null) {
                    check.move(unit, parent, At.JSON);
                }
            }
            String code = unit.creditCode();
            if (patch.containsKey("creditCode")) {
                code = check.creditCode(At.JSON, text(patch.get("creditCode")));
                String taken = code;
                existing.values().stream().filter(u -> !u.id().equals(id) && Objects.equals(u.creditCode(), taken))
                        .findFirst().ifPresent(u -> check.add(At.JSON, Field.CREDIT_CODE,
                                "the 统一社会信用代码 " + taken + " is also that of unit '" + u.id() + "'"));
            }
            LocalDate typesUntil = typesUntil(unit, patch.get("typesFrom"), problems);
            if (!problems.isEmpty()) {
                throw CityUnits.rejected(problems);
            }
            RegisteredUnit changed = unit.with(name, unit.types(), parent, code, unit.validUntil());
            if (!types.equals(unit.types())) {
                changed = changed.retyped(types, typesUntil);
            }
            audit(changes, unit, "unit-rename", !name.equals(unit.name()), "renamed from " + unit.name() + " to " + name);
            audit(changes, unit, "unit-retype", !types.equals(unit.types()), "unit types " + slugs(unit.types())
                    + " → " + slugs(types) + " from " + typesUntil.plusDays(1));
            audit(changes, unit, "unit-move", !Objects.equals(parent, unit.parent()), "moved from "
                    + Objects.requireNonNullElse(unit.parent(), "(none)") + " to " + Objects.requireNonNullElse(parent, "(none)"));
            audit(changes, unit, "unit-credit-code", !Objects.equals(code, unit.creditCode()), "统一社会信用代码 "
                    + Objects.requireNonNullElse(unit.creditCode(), "(none)") + " → " + Objects.requireNonNullElse(code, "(none)"));
            write(changes, existing, changed);
            result.add(changed);
        });
        return result.get(0);
    }

    /** The last day the unit's present kinds apply: the day before {@code typesFrom} (default today), after any earlier change. */
    private LocalDate typesUntil(RegisteredUnit unit, Object typesFrom, List<Problem> problems) {
        LocalDate from = LocalDate.now(zone);
        if (typesFrom != null && !text(typesFrom).isBlank()) {
            try {
                from = LocalDate.parse(text(typesFrom).strip());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new Problem(null, null, null, null, "typesFrom", "'" + typesFrom + "' is not a date yyyy-mm-dd"));
                return from.minusDays(1);
            }
        }
        LocalDate until = from.minusDays(1);
        // A second change from the same day replaces the first one's types; one from an earlier day would rewrite history.
        if (!unit.former().isEmpty() && until.isBefore(unit.former().get(unit.former().size() - 1).until())) {
            problems.add(new Problem(null, null, null, null, "typesFrom", "the unit's types changed already on "
                    + unit.former().get(unit.former().size() - 1).until().plusDays(1) + "; a new change cannot apply from before that day"));
        }
        return until;
    }

    /**
     * Retires a unit: {@code date} is its last day in service. It keeps its records and rounds; years
     * whose assessment date (31 December) comes after that day are no longer assessed.
     */
    RegisteredUnit retire(String id, String date, String reason) {
        List<RegisteredUnit> result = new ArrayList<>();
        store.write(changes -> {
            Map<String, RegisteredUnit> existing = registry.units();
            RegisteredUnit unit = editable(existing, id);
            if (unit.validUntil() != null) {
                throw new UploadRejected(409, "unit '" + id + "' was retired already, its last day in service "
                        + unit.validUntil());
            }
            List<Problem> problems = new ArrayList<>();
            UnitCheck check = new UnitCheck(existing, registry.unitTypes(), problems);
            LocalDate last = check.date(At.JSON, Field.VALID_UNTIL, date);
            if (date == null || date.isBlank()) {
                check.add(At.JSON, Field.VALID_UNTIL, "the last day in service (validUntil, yyyy-mm-dd) is missing");
            } else if (last != null && unit.validFrom() != null && last.isBefore(unit.validFrom())) {
                check.add(At.JSON, Field.VALID_UNTIL, "the unit is in service only from " + unit.validFrom());
            }
            if (!problems.isEmpty()) {
                throw CityUnits.rejected(problems);
            }
            RegisteredUnit retired = unit.with(unit.name(), unit.types(), unit.parent(), unit.creditCode(), last);
            audit(changes, unit, "unit-retire", true, "retired, last day in service " + last
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
            write(changes, existing, retired);
            result.add(retired);
        });
        return result.get(0);
    }

    private static RegisteredUnit editable(Map<String, RegisteredUnit> existing, String id) {
        RegisteredUnit unit = existing.get(id);
        if (unit == null) {
            throw new UploadRejected(404, "No unit '" + id + "'; GET /api/organisation lists them");
        }
        if (!unit.imported()) {
            throw new UploadRejected(409, "unit '" + id + "' belongs to <" + unit.graph() + ">, not to the city's own units "
                    + "(" + GRAPH + "); the demo city is changed in data/demo/, not here");
        }
        return unit;
    }

    private void write(Changes changes, Map<String, RegisteredUnit> existing, RegisteredUnit changed) {
        Map<String, RegisteredUnit> city = city(existing);
        city.put(changed.id(), changed);
        changes.replaceGraph(GRAPH, UnitGraph.of(city.values()));
    }

    private static Map<String, RegisteredUnit> city(Map<String, RegisteredUnit> existing) {
        Map<String, RegisteredUnit> city = new LinkedHashMap<>();
        existing.values().stream().filter(RegisteredUnit::imported).forEach(u -> city.put(u.id(), u));
        return city;
    }

    private static void audit(Changes changes, RegisteredUnit unit, String action, boolean changed, String detail) {
        if (changed) {
            AuditLog.record(changes, action, unit.iri(), null, unit.name() + " (" + unit.id() + ") " + detail);
        }
    }

    private static String slugs(List<String> types) {
        return String.join(", ", types.stream().map(t -> t.substring(t.lastIndexOf('/') + 1)).toList());
    }

    /** Bad input: every problem, in the answer shape of a rejected evidence upload. */
    static UploadRejected rejected(List<Problem> problems) {
        int n = problems.size();
        return new UploadRejected(400, n + (n == 1 ? " problem" : " problems") + " in the units; nothing was written", problems);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static List<String> list(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(CityUnits::text).filter(s -> !s.isBlank()).toList();
        }
        return java.util.Arrays.stream(text(value).split("[,，;；、\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
