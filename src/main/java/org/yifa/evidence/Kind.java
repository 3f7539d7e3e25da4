package org.yifa.evidence;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.yifa.rdf.Yf;

/**
 * The three kinds of record a unit uploads, each with its columns (tabular form: a sheet of the
 * same name, or a CSV whose header row has exactly these columns) and the property each column fills.
 */
enum Kind {

    EVIDENCE("evidence", Yf.res("EvidenceRecord"),
            new Column("record_id", Yf.prop("recordId")),
            new Column("evidence_type", Yf.prop("evidenceType")),
            new Column("date", DCTerms.date),
            new Column("title", DCTerms.title),
            new Column("reference", DCTerms.identifier),
            new Column("url", Yf.prop("url")),
            new Column("sha256", Yf.sha256),
            new Column("criterion", Yf.prop("forCriterion")),
            new Column("valid_until", Yf.prop("validUntil")),
            new Column("provisional", Yf.prop("provisional")),
            new Column("submitted_by", Prov.wasAttributedTo)),
    JUDGEMENTS("judgements", Yf.res("Judgement"),
            new Column("criterion", Yf.prop("criterion")),
            new Column("year", Yf.prop("year")),
            new Column("verdict", Yf.prop("verdict")),
            new Column("reason", Yf.prop("reason")),
            new Column("date", DCTerms.date),
            new Column("assessor", Prov.wasAttributedTo)),
    VETOES("vetoes", Yf.res("VetoEvent"),
            new Column("record_id", Yf.prop("recordId")),
            new Column("veto_item", Yf.prop("vetoEventType")),
            new Column("date", DCTerms.date),
            new Column("title", DCTerms.title),
            new Column("reference", DCTerms.identifier)),
    EVENTS("events", Yf.res("EventStatement"),
            new Column("record_id", Yf.prop("recordId")),
            new Column("event_type", Yf.prop("eventType")),
            new Column("year", Yf.prop("year")),
            new Column("occurrences", Yf.prop("occurrences")),
            new Column("date", DCTerms.date),
            new Column("statement", Yf.prop("statement")));

    /** A column of the tabular form and the property of the record it fills. */
    record Column(String name, Property property) {
    }

    private final String sheet;
    private final Resource rdfClass;
    private final List<Column> columns;

    Kind(String sheet, Resource rdfClass, Column... columns) {
        this.sheet = sheet;
        this.rdfClass = rdfClass;
        this.columns = List.of(columns);
    }

    /** The XLSX sheet name, also the kind's name in messages. */
    String sheet() {
        return sheet;
    }

    Resource rdfClass() {
        return rdfClass;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether a workbook may lack the sheet (kinds added after workbooks were in use). */
    boolean optionalSheet() {
        return this == EVENTS;
    }

    static Optional<Kind> ofClass(Resource type) {
        return java.util.Arrays.stream(values()).filter(k -> k.rdfClass.equals(type)).findFirst();
    }
}
