package org.yifa.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;

/** A unit's evidence records, judgements and veto events from every graph, as JSON. */
@Component
class EvidenceListing {

    private final EvidenceStore store;

    EvidenceListing(EvidenceStore store) {
        this.store = store;
    }

    Optional<Map<String, Object>> of(String unitId) {
        return store.unit(unitId).map(unit -> {
            Map<String, Object> json = new LinkedHashMap<>();
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("id", unit.id());
            about.put("iri", unit.iri());
            about.put("label", unit.label());
            json.put("unit", about);
            json.put("evidence", rows("evidence-records", unit, "iri=record", "graph", "recordId",
                    "evidenceType=type", "date", "title", "reference", "url", "sha256", "criterion=criterionId",
                    "validUntil", "provisional", "submittedBy", "generatedAt", "upload"));
            json.put("judgements", rows("evidence-judgements", unit, "iri=judgement", "graph",
                    "criterion=criterionId", "criterionIri=criterion", "year", "verdict", "reason", "date",
                    "assessor", "generatedAt", "upload"));
            json.put("vetoes", rows("evidence-vetoes", unit, "iri=event", "graph", "recordId", "vetoItem=item",
                    "vetoEventType=eventType", "date", "title", "reference", "submittedBy", "generatedAt", "upload"));
            return json;
        });
    }

    /** One JSON object per solution; a field is {@code key=variable}, or just the key when both agree. */
    private List<Map<String, Object>> rows(String query, Unit unit, String... fields) {
        return store.select(query, unit.iri()).stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            for (String field : fields) {
                String[] kv = field.split("=", 2);
                json.put(kv[0], value(kv[0], row.get(kv.length == 2 ? kv[1] : kv[0])));
            }
            return json;
        }).toList();
    }

    private static Object value(String key, RDFNode node) {
        if (node == null) {
            return null;
        }
        if (node.isResource()) {
            String iri = node.asResource().getURI();
            return key.equals("evidenceType") ? Terms.slug(iri) : iri;
        }
        Object value = node.asLiteral().getValue();
        return value instanceof Boolean || value instanceof Number ? value : node.asLiteral().getLexicalForm();
    }
}
