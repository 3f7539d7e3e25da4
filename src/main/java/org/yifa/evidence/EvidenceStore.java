package org.yifa.evidence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.store.GraphLoading;

/** What evidence intake asks the store ({@code queries/evidence-*.rq}); units and records in any graph count. */
@Component
class EvidenceStore {

    private final QueryLibrary queries;
    private final GraphLoading store;
    private volatile KeptTerms kept;

    /** Terms as read while the loaded graphs had these fingerprints. */
    private record KeptTerms(Map<String, String> fingerprints, Terms terms) {
    }

    EvidenceStore(QueryLibrary queries, GraphLoading store) {
        this.queries = queries;
        this.store = store;
    }

    Optional<Unit> unit(String unitId) {
        List<QuerySolution> rows = queries.select("evidence-unit", Map.of("unitId", unitId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution row = rows.get(0);
        Literal label = row.getLiteral("label");
        return Optional.of(new Unit(unitId, row.getResource("unit").getURI(), label == null ? null : label.getString()));
    }

    /**
     * The evidence types, criteria and veto items an upload may name. They come from loaded graphs only
     * (ontology, checklist, criteria), so they are kept until the loader rebuilds one.
     */
    Terms terms() {
        Map<String, String> fingerprints = store.fingerprints();
        KeptTerms current = kept;
        if (current != null && current.fingerprints().equals(fingerprints)) {
            return current.terms();
        }
        Terms terms = readTerms();
        kept = new KeptTerms(fingerprints, terms);
        return terms;
    }

    private Terms readTerms() {
        Map<String, String> types = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("evidence-types")) {
            String iri = row.getResource("type").getURI();
            types.put(Terms.slug(iri), iri);
        }
        Map<String, Terms.Criterion> criteria = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("evidence-criteria")) {
            String id = row.getLiteral("id").getString();
            criteria.put(id, new Terms.Criterion(row.getResource("criterion").getURI(), id,
                    row.getLiteral("judgement").getBoolean()));
        }
        Map<String, String> vetoes = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("evidence-veto-items")) {
            vetoes.put(row.getLiteral("notation").getString(), row.getResource("event").getURI());
        }
        Map<String, String> events = new LinkedHashMap<>();
        for (QuerySolution row : queries.select("evidence-event-types")) {
            String iri = row.getResource("type").getURI();
            events.put(Terms.slug(iri), iri);
        }
        return new Terms(types, criteria, vetoes, events);
    }

    /** Evidence types with their labels, for the template: slug → {zh, en}. */
    List<String[]> evidenceTypeLabels() {
        return queries.select("evidence-types").stream().map(row -> new String[] {
                Terms.slug(row.getResource("type").getURI()), text(row, "zh"), text(row, "en")}).toList();
    }

    /** Event types with their labels, for the template: slug → {zh, en}. */
    List<String[]> eventTypeLabels() {
        return queries.select("evidence-event-types").stream().map(row -> new String[] {
                Terms.slug(row.getResource("type").getURI()), text(row, "zh"), text(row, "en")}).toList();
    }

    /** The record ids the unit's evidence records and veto events use, each with its record's IRI. */
    Map<String, String> recordIds(String unitIri) {
        Map<String, String> ids = new HashMap<>();
        for (QuerySolution row : queries.select("evidence-record-ids", Map.of("unit", unitIri))) {
            ids.putIfAbsent(row.getLiteral("recordId").getLexicalForm(), row.getResource("record").getURI());
        }
        return ids;
    }

    /** The unit's judgements by criterion IRI and year ({@code iri|2025}), each with its IRI. */
    Map<String, String> judgements(String unitIri) {
        Map<String, String> keys = new HashMap<>();
        for (QuerySolution row : queries.select("evidence-judgement-keys", Map.of("unit", unitIri))) {
            keys.putIfAbsent(row.getResource("criterion").getURI() + "|" + row.getLiteral("year").getLexicalForm(),
                    row.getResource("judgement").getURI());
        }
        return keys;
    }

    /** The unit's event statements by event type IRI and year ({@code iri|2025}), each with its IRI. */
    Map<String, String> eventKeys(String unitIri) {
        Map<String, String> keys = new HashMap<>();
        for (QuerySolution row : queries.select("evidence-event-keys", Map.of("unit", unitIri))) {
            keys.putIfAbsent(row.getResource("eventType").getURI() + "|" + row.getLiteral("year").getLexicalForm(),
                    row.getResource("statement").getURI());
        }
        return keys;
    }

    List<QuerySolution> select(String query, String unitIri) {
        return queries.select(query, Map.of("unit", unitIri));
    }

    private static String text(QuerySolution row, String var) {
        return row.getLiteral(var) == null ? "" : row.getLiteral(var).getString();
    }
}
