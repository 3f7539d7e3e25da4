package org.yifa.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Yf;

/**
 * The kinds of record and their columns: which property fills which column and whether a record
 * lacking it is left out. {@link #rows} turns the statements about one record (as
 * {@code queries/assessment-unit-record-triples.rq} reads them) into rows, one per combination of values.
 */
enum RecordKind {

    EVIDENCE("EvidenceRecord", List.of(
            required("type", Yf.evidenceType.getURI()), required("date", DCTerms.date.getURI()),
            optional("recordId", Yf.recordId.getURI()), optional("title", DCTerms.title.getURI()),
            optional("forCriterion", Yf.forCriterion.getURI()), optional("validUntil", Yf.validUntil.getURI()),
            optional("provisional", Yf.provisional.getURI()))),
    JUDGEMENT("Judgement", List.of(
            required("criterion", Yf.criterion.getURI()), required("year", Yf.year.getURI()),
            required("verdict", Yf.verdict.getURI()), optional("reason", Yf.reason.getURI()))),
    VETO("VetoEvent", List.of(
            required("type", Yf.vetoEventType.getURI()), required("date", DCTerms.date.getURI()),
            optional("recordId", Yf.recordId.getURI()), optional("title", DCTerms.title.getURI()))),
    EVENT("EventStatement", List.of(
            required("type", Yf.eventType.getURI()), required("year", Yf.year.getURI()),
            required("occurrences", Yf.occurrences.getURI()), optional("recordId", Yf.recordId.getURI()),
            optional("date", DCTerms.date.getURI())));

    private record Column(String var, String predicate, boolean required) {
    }

    private final String classIri;
    private final List<Column> columns;

    RecordKind(String className, List<Column> columns) {
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

    /**
     * One row of a record: its kind, its IRI and a term (or null) for each of the kind's columns.
     * Read by column name, as the kind declares them.
     */
    record Row(RecordKind kind, String record, Node[] values) {

        private Node get(String var) {
            for (int i = 0; i < kind.columns.size(); i++) {
                if (kind.columns.get(i).var().equals(var)) {
                    return values[i];
                }
            }
            throw new IllegalArgumentException(kind + " has no column '" + var + "'");
        }

        boolean has(String var) {
            return get(var) != null;
        }

        /** The column's IRI; null when it has none. */
        String iri(String var) {
            Node n = get(var);
            return n == null ? null : n.getURI();
        }

        /** The column's lexical form; null when it has none. */
        String text(String var) {
            Node n = get(var);
            return n == null ? null : n.getLiteralLexicalForm();
        }

        LocalDate date(String var) {
            return LocalDate.parse(text(var));
        }

        /** The column's value as an integer (as the model's {@code Literal.getInt} reads it). */
        int integer(String var) {
            return ((Number) get(var).getLiteralValue()).intValue();
        }

        /** Whether the column holds true; false when it has no value. */
        boolean isTrue(String var) {
            Node n = get(var);
            return n != null && Boolean.TRUE.equals(n.getLiteralValue());
        }
    }

    /** The rows for one record, given what is said about it (predicate IRI → objects); none if it is no record. */
    static List<Row> rows(String record, Map<String, List<Node>> byPredicate) {
        List<Row> rows = new ArrayList<>();
        for (Node type : byPredicate.getOrDefault(RDF.type.getURI(), List.of())) {
            for (RecordKind kind : values()) {
                if (type.isURI() && type.getURI().equals(kind.classIri)) {
                    kind.rowsOf(record, byPredicate).forEach(values -> rows.add(new Row(kind, record, values)));
                }
            }
        }
        return rows;
    }

    private List<Node[]> rowsOf(String record, Map<String, List<Node>> byPredicate) {
        List<Node[]> rows = new ArrayList<>(1);
        rows.add(new Node[columns.size()]);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            List<Node> values = byPredicate.getOrDefault(column.predicate(), List.of());
            if (values.isEmpty()) {
                if (column.required()) {
                    return List.of();
                }
                continue;
            }
            List<Node[]> joined = new ArrayList<>(rows.size() * values.size());
            for (Node[] row : rows) {
                for (int v = 0; v < values.size(); v++) {
                    // The last value takes the row itself: a column of one value (nearly all) copies nothing.
                    Node[] next = v == values.size() - 1 ? row : row.clone();
                    next[c] = values.get(v);
                    joined.add(next);
                }
            }
            rows = joined;
        }
        return rows;
    }
}
