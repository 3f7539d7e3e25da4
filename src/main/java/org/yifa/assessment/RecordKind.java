package org.yifa.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Yf;

/**
 * The kinds of record and their columns: which property fills which column and whether a record
 * lacking it is left out. {@link #rows} turns the statements about one record (as
 * {@code queries/assessment-unit-record-triples.rq} reads them) into rows, one per combination of values.
 */
enum RecordKind {

    EVIDENCE("evidence", "EvidenceRecord", List.of(
            required("type", Yf.evidenceType.getURI()), required("date", DCTerms.date.getURI()),
            optional("recordId", Yf.recordId.getURI()), optional("title", DCTerms.title.getURI()),
            optional("forCriterion", Yf.forCriterion.getURI()), optional("validUntil", Yf.validUntil.getURI()),
            optional("provisional", Yf.provisional.getURI()))),
    JUDGEMENT("judgement", "Judgement", List.of(
            required("criterion", Yf.criterion.getURI()), required("year", Yf.year.getURI()),
            required("verdict", Yf.verdict.getURI()), optional("reason", Yf.reason.getURI()))),
    VETO("veto", "VetoEvent", List.of(
            required("type", Yf.vetoEventType.getURI()), required("date", DCTerms.date.getURI()),
            optional("recordId", Yf.recordId.getURI()), optional("title", DCTerms.title.getURI()))),
    EVENT("event", "EventStatement", List.of(
            required("type", Yf.eventType.getURI()), required("year", Yf.year.getURI()),
            required("occurrences", Yf.occurrences.getURI()), optional("recordId", Yf.recordId.getURI()),
            optional("date", DCTerms.date.getURI())));

    private record Column(String var, String predicate, boolean required) {
    }

    private final String name;
    private final String classIri;
    private final List<Column> columns;

    RecordKind(String name, String className, List<Column> columns) {
        this.name = name;
        this.classIri = Yf.NS + className;
        this.columns = columns;
    }

    private static Column required(String var, String predicate) {
        return new Column(var, predicate, true);
    }

    private static Column optional(String var, String predicate) {
        return new Column(var, predicate, false);
    }

    /** Whether {@code classIri} is the class of a kind of record. */
    static boolean isRecordClass(String classIri) {
        for (RecordKind kind : values()) {
            if (kind.classIri.equals(classIri)) {
                return true;
            }
        }
        return false;
    }

    /** The rows for one record, given what is said about it (predicate IRI → objects); none if it is no record. */
    static List<QuerySolution> rows(String record, Map<String, List<RDFNode>> byPredicate) {
        List<QuerySolution> rows = new ArrayList<>();
        for (RDFNode type : byPredicate.getOrDefault(RDF.type.getURI(), List.of())) {
            for (RecordKind kind : values()) {
                if (type.isURIResource() && type.asResource().getURI().equals(kind.classIri)) {
                    rows.addAll(kind.rowsOf(record, byPredicate));
                }
            }
        }
        return rows;
    }

    private List<QuerySolutionMap> rowsOf(String record, Map<String, List<RDFNode>> byPredicate) {
        QuerySolutionMap first = new QuerySolutionMap();
        first.add("kind", ResourceFactory.createPlainLiteral(name));
        first.add("record", ResourceFactory.createResource(record));
        List<QuerySolutionMap> rows = List.of(first);
        for (Column column : columns) {
            List<RDFNode> values = byPredicate.getOrDefault(column.predicate(), List.of());
            if (values.isEmpty()) {
                if (column.required()) {
                    return List.of();
                }
                continue;
            }
            List<QuerySolutionMap> joined = new ArrayList<>();
            for (QuerySolutionMap row : rows) {
                for (RDFNode value : values) {
                    QuerySolutionMap next = new QuerySolutionMap();
                    next.addAll(row);
                    next.add(column.var(), value);
                    joined.add(next);
                }
            }
            rows = joined;
        }
        return rows;
    }
}
