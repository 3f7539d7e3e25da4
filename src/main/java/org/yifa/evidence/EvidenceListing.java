package org.yifa.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;

/** A unit's evidence records, judgements and veto events from every graph, as JSON. */
@Component
class EvidenceListing {

    private final EvidenceStore store;

    EvidenceListing(EvidenceStore store) {
        this.store = store;
    }

    Optional<EvidenceList> of(String unitId) {
        return store.unit(unitId).map(unit -> new EvidenceList(new EvidenceUnit(unit.id(), unit.iri(), unit.label()),
                rows("evidence-records", unit, r -> new EvidenceRow(s(r, "record"), s(r, "graph"), s(r, "recordId"),
                        s(r, "type"), s(r, "date"), s(r, "title"), s(r, "reference"), s(r, "url"), s(r, "sha256"),
                        s(r, "criterionId"), s(r, "validUntil"), flag(r.get("provisional")),
                        s(r, "submittedBy"), s(r, "generatedAt"), s(r, "upload"))),
                rows("evidence-judgements", unit, r -> new JudgementRow(s(r, "judgement"), s(r, "graph"),
                        s(r, "criterionId"), s(r, "criterion"), number(r.get("year")), s(r, "verdict"),
                        s(r, "reason"), s(r, "date"), s(r, "assessor"), s(r, "generatedAt"), s(r, "upload"))),
                rows("evidence-vetoes", unit, r -> new VetoRow(s(r, "event"), s(r, "graph"), s(r, "recordId"),
                        s(r, "item"), s(r, "eventType"), s(r, "date"), s(r, "title"), s(r, "reference"),
                        s(r, "submittedBy"), s(r, "generatedAt"), s(r, "upload")))));
    }

    private <T> List<T> rows(String query, Unit unit, Function<QuerySolution, T> row) {
        return store.select(query, unit.iri()).stream().map(row).toList();
    }

    /** A variable's value as the listing shows it: an IRI (an evidence type by its slug), or a literal's form. */
    private static String s(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null) {
            return null;
        }
        if (node.isResource()) {
            String iri = node.asResource().getURI();
            return var.equals("type") ? Terms.slug(iri) : iri;
        }
        return node.asLiteral().getLexicalForm();
    }

    private static Integer number(RDFNode node) {
        return node == null ? null : Integer.valueOf(node.asLiteral().getLexicalForm().strip());
    }

    private static Boolean flag(RDFNode node) {
        return node == null ? null : node.asLiteral().getBoolean();
    }
}
