package org.yifa.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Checks the rows of an upload field by field and turns the good ones into records of the
 * assessment data model. Every problem is reported; a row with any problem is left out of the draft
 * (the upload is rejected anyway), so that later checks do not repeat what is already said.
 */
final class RecordBuilder {

    static final Pattern RECORD_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._~-]{0,99}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Terms terms;
    private final LocalDate today;
    private final String submittedBy;
    private final Problems problems;
    private final Draft draft;
    private final RecordWriter writer;
    private final RecordWriter.Submission submission;
    private final Map<String, Position> recordIds = new HashMap<>();
    private final Map<String, Position> judgements = new HashMap<>();
    private final Map<String, Position> events = new HashMap<>();

    RecordBuilder(Unit unit, Terms terms, Instant now, LocalDate today, String upload, String submittedBy,
            Problems problems) {
        this.terms = terms;
        this.today = today;
        this.submittedBy = submittedBy == null || submittedBy.isBlank() ? null : submittedBy.strip();
        this.problems = problems;
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Vocabulary.PREFIXES);
        this.draft = new Draft(model);
        this.writer = new RecordWriter(unit.id(), unit.iri(), model.getGraph()::add);
        // What the server states of every record: when it was submitted and by which upload.
        this.submission = new RecordWriter.Submission(now.toString(), upload);
    }

    Draft draft() {
        return draft;
    }

    void add(Table table) {
        for (Table.Row row : table.rows()) {
            Fields f = new Fields(table, row, today, problems);
            switch (table.kind()) {
                case EVIDENCE -> evidence(f);
                case JUDGEMENTS -> judgement(f);
                case VETOES -> veto(f);
                case EVENTS -> event(f);
            }
        }
    }

    private void evidence(Fields f) {
        String recordId = recordId(f);
        String type = f.required("evidence_type");
        String typeIri = type == null ? null : terms.evidenceType(type).orElse(null);
        if (type != null && typeIri == null) {
            f.problem("evidence_type", "unknown evidence type '" + type + "'; the slugs are listed in the sheet "
                    + "evidence_types of the template (GET /api/evidence/template.xlsx)");
        }
        LocalDate date = f.pastDate("date", true);
        String title = f.required("title");
        String url = url(f);
        String sha256 = f.optional("sha256");
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            f.problem("sha256", "'" + sha256 + "' is not a SHA-256 digest (64 hexadecimal digits)");
        }
        Terms.Criterion criterion = criterion(f, "criterion", false);
        LocalDate validUntil = f.date("valid_until", false);
        if (validUntil != null && date != null && validUntil.isBefore(date)) {
            f.problem("valid_until", f.name("valid_until") + " " + validUntil + " is before the document's date " + date);
        }
        Boolean provisional = f.bool("provisional");
        String by = f.optional("submitted_by") != null ? f.optional("submitted_by") : submittedBy;
        if (f.failed()) {
            return;
        }
        String iri = writer.evidence(new RecordWriter.Evidence(recordId, typeIri, date, title, f.optional("reference"),
                url, sha256, criterion == null ? null : criterion.iri(), validUntil, provisional, by), submission);
        draft.entries.add(new Draft.Entry(Kind.EVIDENCE, iri, f.row.at(), f.table.field(), recordId));
    }

    private void judgement(Fields f) {
        Terms.Criterion criterion = criterion(f, "criterion", true);
        if (criterion != null && !criterion.judgement()) {
            f.problem("criterion", "criterion " + criterion.id() + " is decided by evidence, not by an assessor's "
                    + "judgement; upload its evidence records instead");
        }
        Integer year = year(f);
        String verdict = f.required("verdict");
        if (verdict != null && !Set.of("met", "missed").contains(verdict.toLowerCase(Locale.ROOT))) {
            f.problem("verdict", f.name("verdict") + " '" + verdict + "' must be met or missed");
        }
        String reason = f.required("reason");
        LocalDate date = f.pastDate("date", true);
        String assessor = f.optional("assessor") != null ? f.optional("assessor") : submittedBy;
        if (assessor == null) {
            f.problem("assessor", f.name("assessor") + " is required (the assessor who judged)");
        }
        if (criterion != null && year != null) {
            Position earlier = judgements.putIfAbsent(criterion.iri() + "|" + year, f.row.at());
            if (earlier != null) {
                f.problem("criterion", "a second judgement on criterion " + criterion.id() + " for " + year
                        + " in this upload (first at " + where(earlier) + ")");
            }
        }
        if (f.failed()) {
            return;
        }
        String iri = writer.judgement(new RecordWriter.Judgement(criterion.id(), criterion.iri(), year, verdict, reason,
                date, assessor), submission);
        draft.entries.add(new Draft.Entry(Kind.JUDGEMENTS, iri, f.row.at(), f.table.field(),
                criterion.iri() + "|" + year));
    }

    private void veto(Fields f) {
        String recordId = recordId(f);
        String item = f.required("veto_item");
        String eventType = item == null ? null : terms.vetoEventType(item).orElse(null);
        if (item != null && eventType == null) {
            f.problem("veto_item", "unknown veto item '" + item + "'; veto items are "
                    + String.join(", ", new java.util.TreeSet<>(terms.vetoItems().keySet())));
        }
        LocalDate date = f.pastDate("date", true);
        String title = f.required("title");
        if (f.failed()) {
            return;
        }
        String iri = writer.veto(new RecordWriter.Veto(recordId, eventType, date, title, f.optional("reference"),
                submittedBy), submission);
        draft.entries.add(new Draft.Entry(Kind.VETOES, iri, f.row.at(), f.table.field(), recordId));
    }

    /** A unit's statement of how often an event occurred in a year (0: it did not). */
    private void event(Fields f) {
        String recordId = recordId(f);
        String type = f.required("event_type");
        String typeIri = type == null ? null : terms.eventType(type).orElse(null);
        if (type != null && typeIri == null) {
            f.problem("event_type", "unknown event type '" + type + "'; the slugs are listed in the sheet "
                    + Template.EVENT_TYPES_SHEET + " of the template (GET /api/evidence/template.xlsx)");
        }
        Integer year = year(f);
        Integer occurrences = occurrences(f);
        LocalDate date = f.pastDate("date", true);
        if (date != null && year != null && date.getYear() < year) {
            f.problem("date", f.name("date") + " " + date + " is before the year " + year + " the statement is about");
        }
        if (typeIri != null && year != null) {
            Position earlier = events.putIfAbsent(typeIri + "|" + year, f.row.at());
            if (earlier != null) {
                f.problem("event_type", "a second statement on '" + type + "' for " + year + " in this upload (first at "
                        + where(earlier) + "); state the year's total once");
            }
        }
        if (f.failed()) {
            return;
        }
        String iri = writer.statement(new RecordWriter.Statement(recordId, typeIri, year, occurrences, date,
                f.optional("statement"), submittedBy), submission);
        draft.entries.add(new Draft.Entry(Kind.EVENTS, iri, f.row.at(), f.table.field(), recordId));
    }

    private static Integer occurrences(Fields f) {
        String value = f.required("occurrences");
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,6}")) {
            f.problem("occurrences", f.name("occurrences") + " '" + value + "' is not a whole number of 0 or more "
                    + "(0 when the event did not occur)");
            return null;
        }
        return Integer.parseInt(value);
    }

    private String recordId(Fields f) {
        String id = f.required("record_id");
        if (id == null) {
            return null;
        }
        if (!RECORD_ID.matcher(id).matches()) {
            f.problem("record_id", f.name("record_id") + " '" + id + "' may hold letters, digits, '.', '_', '~' and '-' only "
                    + "(at most 100; it becomes part of the record's IRI)");
            return id;
        }
        Position earlier = recordIds.putIfAbsent(id, f.row.at());
        if (earlier != null) {
            f.problem("record_id", f.name("record_id") + " '" + id + "' appears twice in this upload (first at " + where(earlier) + ")");
        }
        return id;
    }

    private Terms.Criterion criterion(Fields f, String column, boolean required) {
        String id = required ? f.required(column) : f.optional(column);
        if (id == null) {
            return null;
        }
        Terms.Criterion criterion = terms.criterion(id).orElse(null);
        if (criterion == null) {
            f.problem(column, "unknown criterion '" + id + "'; criteria are named by item and number, e.g. 7.4-1 "
                    + "(GET /api/items/{notation} lists an item's criteria)");
        }
        return criterion;
    }

    private Integer year(Fields f) {
        String value = f.required("year");
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            f.problem("year", f.name("year") + " '" + value + "' is not a year such as 2025");
            return null;
        }
        int year = Integer.parseInt(value);
        if (year > today.getYear()) {
            f.problem("year", f.name("year") + " " + year + " is in the future");
        }
        return year;
    }

    private static String url(Fields f) {
        String value = f.optional("url");
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.problem("url", f.name("url") + " '" + value + "' is not an http:// or https:// address");
        return null;
    }

    static String where(Position at) {
        if (at.row() != null) {
            return (at.sheet() == null ? "" : "sheet " + at.sheet() + " ") + "row " + at.row();
        }
        return at.line() != null ? "line " + at.line() : "<" + at.record() + ">";
    }
}
