package org.yifa.assessment;

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

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
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
    private static final Var RECORD = Var.alloc("record");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

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
        Map<String, Map<String, List<Node>>> statements =
                byRecord(queries.selectEachRows(RECORD_TRIPLES, "unit", List.of(unit.iri())));
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
        Map<String, Map<String, Map<String, List<Node>>>> byUnit = new HashMap<>();
        byRecord(queries.selectEachRows(RECORD_TRIPLES, "unit", byIri.keySet())).forEach((record, byPredicate) -> {
            // A record is read with each unit it names, as reading that unit alone would.
            for (Node unit : byPredicate.getOrDefault(Yf.unit.getURI(), List.of())) {
                if (unit.isURI() && byIri.containsKey(unit.getURI())) {
                    byUnit.computeIfAbsent(unit.getURI(), k -> new LinkedHashMap<>()).put(record, byPredicate);
                }
            }
        });
        Map<String, UnitRecords> all = new LinkedHashMap<>();
        byIri.forEach((iri, unit) -> all.put(unit.id(), rows(unit, byUnit.getOrDefault(iri, Map.of())).ofYear(year)));
        return all;
    }

    /** Rows of {@code assessment-unit-record-triples} by record IRI, then predicate IRI. */
    private static Map<String, Map<String, List<Node>>> byRecord(List<Binding> rows) {
        Map<String, Map<String, List<Node>>> statements = new LinkedHashMap<>();
        for (Binding r : rows) {
            Node record = r.get(RECORD);
            // As for an upload's statements (statements(Model)): a record is named by an IRI.
            if (record.isURI()) {
                statements.computeIfAbsent(record.getURI(), k -> new HashMap<>())
                        .computeIfAbsent(r.get(P).getURI(), k -> new ArrayList<>(1)).add(r.get(O));
            }
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
        Map<String, Map<String, List<Node>>> statements = statements(written);
        for (Map<String, List<Node>> byPredicate : statements.values()) {
            List<String> types = byPredicate.getOrDefault(RDF.type.getURI(), List.of()).stream()
                    .filter(Node::isURI).map(Node::getURI).toList();
            List<Node> units = byPredicate.getOrDefault(Yf.unit.getURI(), List.of());
            boolean ofThisUnit = units.size() == 1 && units.get(0).isURI() && units.get(0).getURI().equals(unit.iri());
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
    private static Map<String, Map<String, List<Node>>> statements(Model model) {
        Map<String, Map<String, List<Node>>> statements = new LinkedHashMap<>();
        model.listStatements().forEachRemaining(s -> {
            if (s.getSubject().isURIResource()) {
                statements.computeIfAbsent(s.getSubject().getURI(), k -> new HashMap<>())
                        .computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s.getObject().asNode());
            }
        });
        return statements;
    }

    private static UnitRecords rows(UnitInfo unit, Map<String, Map<String, List<Node>>> statements) {
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

        void add(RecordKind.Row r) {
            switch (r.kind()) {
                case EVIDENCE -> evidence.add(new UnitRecords.Evidence(r.record(), r.text("recordId"), r.iri("type"),
                        r.date("date"), r.text("title"), r.iri("forCriterion"),
                        r.has("validUntil") ? r.date("validUntil") : null, r.isTrue("provisional")));
                case JUDGEMENT -> judgements.add(new UnitRecords.Judgement(r.iri("criterion"), r.integer("year"),
                        "met".equals(r.text("verdict")), r.text("reason")));
                case EVENT -> events.add(new UnitRecords.EventStatement(r.record(), r.text("recordId"), r.iri("type"),
                        r.integer("year"), r.integer("occurrences"), r.has("date") ? r.date("date") : null));
                case VETO -> vetoes.add(new UnitRecords.VetoRecord(r.record(), r.iri("type"), r.date("date"),
                        r.text("title")));
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
}
