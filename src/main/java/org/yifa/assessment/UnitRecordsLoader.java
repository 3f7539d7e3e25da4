package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;

/** Reads units and their records through the query library. */
@Component
class UnitRecordsLoader {

    static final String UNIT_NS = Yf.ID + "unit/";

    private final QueryLibrary queries;

    UnitRecordsLoader(QueryLibrary queries) {
        this.queries = queries;
    }

    /** Every unit: id → (name, unit types, parent id). */
    Map<String, UnitInfo> units() {
        Map<String, UnitInfo> units = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("units")) {
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

    UnitRecords records(UnitInfo unit) {
        List<UnitRecords.Evidence> evidence = new ArrayList<>();
        List<UnitRecords.Judgement> judgements = new ArrayList<>();
        List<UnitRecords.VetoRecord> vetoes = new ArrayList<>();
        for (QuerySolution r : queries.select("assessment-unit-records", Map.of("unit", unit.iri()))) {
            switch (r.getLiteral("kind").getString()) {
                case "evidence" -> evidence.add(new UnitRecords.Evidence(r.getResource("record").getURI(),
                        text(r, "recordId"), r.getResource("type").getURI(), date(r, "date"), text(r, "title"),
                        r.contains("forCriterion") ? r.getResource("forCriterion").getURI() : null,
                        r.contains("validUntil") ? date(r, "validUntil") : null,
                        r.contains("provisional") && r.getLiteral("provisional").getBoolean()));
                case "judgement" -> judgements.add(new UnitRecords.Judgement(r.getResource("criterion").getURI(),
                        r.getLiteral("year").getInt(), "met".equals(text(r, "verdict")), text(r, "reason")));
                default -> vetoes.add(new UnitRecords.VetoRecord(r.getResource("record").getURI(),
                        r.getResource("type").getURI(), date(r, "date"), text(r, "title")));
            }
        }
        return new UnitRecords(unit.id(), unit.iri(), unit.name(), unit.types(), evidence, judgements, vetoes);
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLexicalForm() : null;
    }

    private static LocalDate date(QuerySolution r, String var) {
        return LocalDate.parse(r.getLiteral(var).getLexicalForm());
    }
}
