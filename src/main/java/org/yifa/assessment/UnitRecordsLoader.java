package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/** Reads units and their records through the query library. */
@Component
class UnitRecordsLoader {

    static final String UNIT_NS = Yf.ID + "unit/";
    private static final String PROV_AGENT = org.yifa.rdf.Prov.NS + "Agent";

    /** The one query that reads records: what is said about each record of a unit. */
    private static final String RECORD_TRIPLES = "assessment-unit-record-triples";

    private final QueryLibrary queries;

    UnitRecordsLoader(QueryLibrary queries) {
        this.queries = queries;
    }

    /** Every unit: id → (name, unit types, parent id). */
    Map<String, UnitInfo> units() {
        return units(queries.select("units"));
    }

    /** One unit, looked up by its id (not read with every other unit). */
    Optional<UnitInfo> unit(String unitId) {
        return units(queries.select("assessment-unit", Map.of("unitId", unitId))).values().stream().findFirst();
    }

    private static Map<String, UnitInfo> units(List<QuerySolution> rows) {
        Map<String, UnitInfo> units = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String id = r.getLiteral("unitId").getString();
            UnitInfo info = units.computeIfAbsent(id, k -> new UnitInfo(k, r.getResource("unit").getURI(),
                    r.getLiteral("name").getString(), new LinkedHashSet<>(),
                    r.contains("parentId") ? r.getLiteral("parentId").getString() : null));
            info.types().add(r.getResource("unitType").getURI());
        }
        return units;
    }

    record UnitInfo(String id, String iri, String name, Set<String> types, String parent) {
    }

    /** One unit's records, all years. */
    UnitRecords records(UnitInfo unit) {
        return records(unit, null);
    }

    /** One unit's records as {@link #records(UnitInfo)}, plus the records of {@code extra} (held in memory, not stored). */
    UnitRecords records(UnitInfo unit, Model extra) {
        Map<String, Map<String, List<RDFNode>>> statements =
                byRecord(queries.select(RECORD_TRIPLES, Map.of("unit", unit.iri())));
        if (extra != null) {
            statements(extra).forEach((record, byPredicate) -> byPredicate.forEach((p, objects) ->
                    statements.computeIfAbsent(record, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>())
                            .addAll(objects)));
        }
        return rows(unit, statements);
    }

    /**
     * The records of several units (a partition of the city) for assessing {@code year}, read by one
     * query: for each unit what {@link #records(UnitInfo)} gives, but judgements and event statements of
     * other years, which cannot count for this year.
     */
    Map<String, UnitRecords> recordsOf(Collection<UnitInfo> units, int year) {
        Map<String, UnitInfo> byIri = new LinkedHashMap<>();
        units.forEach(u -> byIri.put(u.iri(), u));
        Map<String, Map<String, Map<String, List<RDFNode>>>> byUnit = new HashMap<>();
        byRecord(queries.selectEach(RECORD_TRIPLES, "unit", byIri.keySet())).forEach((record, byPredicate) -> {
            // A record is read with each unit it names, as reading that unit alone would.
            for (RDFNode unit : byPredicate.getOrDefault(Yf.unit.getURI(), List.of())) {
                if (unit.isURIResource() && byIri.containsKey(unit.asResource().getURI())) {
                    byUnit.computeIfAbsent(unit.asResource().getURI(), k -> new LinkedHashMap<>()).put(record, byPredicate);
                }
            }
        });
        Map<String, UnitRecords> all = new LinkedHashMap<>();
        byIri.forEach((iri, unit) -> all.put(unit.id(), rows(unit, byUnit.getOrDefault(iri, Map.of())).ofYear(year)));
        return all;
    }

    /** Rows of {@code assessment-unit-record-triples} by record IRI, then predicate IRI. */
    private static Map<String, Map<String, List<RDFNode>>> byRecord(List<QuerySolution> rows) {
        Map<String, Map<String, List<RDFNode>>> statements = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            statements.computeIfAbsent(r.getResource("record").getURI(), k -> new HashMap<>())
                    .computeIfAbsent(r.getResource("p").getURI(), k -> new ArrayList<>()).add(r.get("o"));
        }
        return statements;
    }

    /**
     * The records that {@code written} adds to the unit — what reading the unit again would find more
     * after {@code written} was added to the store — or empty when that cannot be told from {@code written}
     * alone: it holds a record not bound to exactly this unit, or says anything of another kind of thing
     * than an upload writes (records, the {@code yf:Upload}, agents), which might be a unit's kinds or dates.
     */
    static Optional<UnitRecords> added(UnitInfo unit, Model written) {
        if (written.listSubjects().filterKeep(s -> !s.isURIResource()).hasNext()) {
            return Optional.empty();
        }
        Map<String, Map<String, List<RDFNode>>> statements = statements(written);
        for (Map<String, List<RDFNode>> byPredicate : statements.values()) {
            List<String> types = byPredicate.getOrDefault(RDF.type.getURI(), List.of()).stream()
                    .filter(RDFNode::isURIResource).map(t -> t.asResource().getURI()).toList();
            List<RDFNode> units = byPredicate.getOrDefault(Yf.unit.getURI(), List.of());
            boolean ofThisUnit = units.size() == 1 && units.get(0).isURIResource()
                    && units.get(0).asResource().getURI().equals(unit.iri());
            boolean record = types.stream().anyMatch(RecordKind::isRecordClass);
            boolean uploadOrAgent = types.contains(Yf.Upload.getURI()) || types.contains(PROV_AGENT);
            if (record ? !ofThisUnit : !uploadOrAgent) {
                return Optional.empty();
            }
        }
        // Statements of subjects without yf:unit are not read with the unit: leave them out, as a read would.
        statements.values().removeIf(byPredicate -> !byPredicate.containsKey(Yf.unit.getURI()));
        return Optional.of(rows(unit, statements));
    }

    /** Statements of {@code model} by subject IRI, then predicate IRI. */
    private static Map<String, Map<String, List<RDFNode>>> statements(Model model) {
        Map<String, Map<String, List<RDFNode>>> statements = new LinkedHashMap<>();
        model.listStatements().forEachRemaining(s -> {
            if (s.getSubject().isURIResource()) {
                statements.computeIfAbsent(s.getSubject().getURI(), k -> new HashMap<>())
                        .computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s.getObject());
            }
        });
        return statements;
    }

    private static UnitRecords rows(UnitInfo unit, Map<String, Map<String, List<RDFNode>>> statements) {
        Rows rows = new Rows();
        statements.forEach((record, byPredicate) -> RecordKind.rows(record, byPredicate).forEach(rows::add));
        return rows.of(unit);
    }

    /** A unit's rows, as {@link RecordKind} makes them from what is said about its records. */
    private static final class Rows {
        private final List<UnitRecords.Evidence> evidence = new ArrayList<>();
        private final List<UnitRecords.Judgement> judgements = new ArrayList<>();
        private final List<UnitRecords.VetoRecord> vetoes = new ArrayList<>();
        private final List<UnitRecords.EventStatement> events = new ArrayList<>();

        void add(QuerySolution r) {
            switch (r.getLiteral("kind").getString()) {
                case "evidence" -> evidence.add(new UnitRecords.Evidence(r.getResource("record").getURI(),
                        text(r, "recordId"), r.getResource("type").getURI(), date(r, "date"), text(r, "title"),
                        r.contains("forCriterion") ? r.getResource("forCriterion").getURI() : null,
                        r.contains("validUntil") ? date(r, "validUntil") : null,
                        r.contains("provisional") && r.getLiteral("provisional").getBoolean()));
                case "judgement" -> judgements.add(new UnitRecords.Judgement(r.getResource("criterion").getURI(),
                        r.getLiteral("year").getInt(), "met".equals(text(r, "verdict")), text(r, "reason")));
                case "event" -> events.add(new UnitRecords.EventStatement(r.getResource("record").getURI(),
                        text(r, "recordId"), r.getResource("type").getURI(), r.getLiteral("year").getInt(),
                        r.getLiteral("occurrences").getInt(), r.contains("date") ? date(r, "date") : null));
                default -> vetoes.add(new UnitRecords.VetoRecord(r.getResource("record").getURI(),
                        r.getResource("type").getURI(), date(r, "date"), text(r, "title")));
            }
        }

        /** In IRI order, so that a unit's result (and the digest of its round) is the same from either query. */
        UnitRecords of(UnitInfo unit) {
            evidence.sort(Comparator.comparing(UnitRecords.Evidence::iri));
            judgements.sort(Comparator.comparing(UnitRecords.Judgement::criterion).thenComparingInt(UnitRecords.Judgement::year));
            vetoes.sort(Comparator.comparing(UnitRecords.VetoRecord::iri));
            events.sort(Comparator.comparing(UnitRecords.EventStatement::iri));
            return new UnitRecords(unit.id(), unit.iri(), unit.name(), unit.types(), evidence, judgements, vetoes, events);
        }
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLexicalForm() : null;
    }

    private static LocalDate date(QuerySolution r, String var) {
        return LocalDate.parse(r.getLiteral(var).getLexicalForm());
    }
}
