package org.yifa.evidence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Agents;
import org.yifa.rdf.Yf;

/**
 * The one writer of the record shape (evidence records, judgements, veto events, event statements of a
 * unit): types, properties and provenance. Intake and the demo generator both write through it, so
 * that what is uploaded and what is generated cannot drift apart. It writes what it is given; the
 * checks are the caller's. Nulls are left out. The agent named as submitter or assessor is described
 * once per writer.
 */
public final class RecordWriter {

    /** What the server states of a record: when it was submitted (an xsd:dateTime) and by which upload. */
    public record Submission(String generatedAt, String upload) {
    }

    public record Evidence(String recordId, String type, LocalDate date, String title, String reference, String url,
                           String sha256, String criterion, LocalDate validUntil, Boolean provisional, String submittedBy) {
    }

    public record Judgement(String criterionId, String criterion, int year, String verdict, String reason,
                            LocalDate date, String assessor) {
    }

    public record Veto(String recordId, String eventType, LocalDate date, String title, String reference,
                       String submittedBy) {
    }

    public record Statement(String recordId, String eventType, int year, int occurrences, LocalDate date,
                            String statement, String submittedBy) {
    }

    private final String unitId;
    private final Node unit;
    private final Consumer<Triple> out;
    private final Set<String> described = new HashSet<>();

    public RecordWriter(String unitId, String unitIri, Consumer<Triple> out) {
        this.unitId = unitId;
        this.unit = NodeFactory.createURI(unitIri);
        this.out = out;
    }

    public String evidence(Evidence e, Submission s) {
        String iri = Iris.evidence(unitId, e.recordId());
        Node r = record(iri, "EvidenceRecord", e.recordId());
        emit(r, Yf.prop("evidenceType").asNode(), iri(e.type()));
        document(r, e.date(), e.title(), e.reference());
        emit(r, Yf.prop("url").asNode(), e.url() == null ? null : NodeFactory.createLiteralDT(e.url(), XSDDatatype.XSDanyURI));
        emit(r, Yf.sha256.asNode(), e.sha256() == null ? null : text(e.sha256().toLowerCase(Locale.ROOT)));
        emit(r, Yf.prop("forCriterion").asNode(), iri(e.criterion()));
        emit(r, Yf.prop("validUntil").asNode(), date(e.validUntil()));
        emit(r, Yf.prop("provisional").asNode(), e.provisional() == null ? null
                : NodeFactory.createLiteralDT(e.provisional().toString(), XSDDatatype.XSDboolean));
        agent(r, e.submittedBy());
        submission(r, s);
        return iri;
    }

    public String judgement(Judgement j, Submission s) {
        String iri = Iris.judgement(unitId, j.year(), j.criterionId());
        Node r = NodeFactory.createURI(iri);
        emit(r, RDF.type.asNode(), Yf.res("Judgement").asNode());
        emit(r, Yf.prop("unit").asNode(), unit);
        emit(r, Yf.prop("criterion").asNode(), iri(j.criterion()));
        emit(r, Yf.prop("year").asNode(), integer(j.year(), XSDDatatype.XSDinteger));
        emit(r, Yf.prop("verdict").asNode(), text(j.verdict().toLowerCase(Locale.ROOT)));
        emit(r, Yf.prop("reason").asNode(), zh(j.reason()));
        emit(r, DCTerms.date.asNode(), date(j.date()));
        agent(r, j.assessor());
        submission(r, s);
        return iri;
    }

    public String veto(Veto v, Submission s) {
        String iri = Iris.veto(unitId, v.recordId());
        Node r = record(iri, "VetoEvent", v.recordId());
        emit(r, Yf.prop("vetoEventType").asNode(), iri(v.eventType()));
        document(r, v.date(), v.title(), v.reference());
        agent(r, v.submittedBy());
        submission(r, s);
        return iri;
    }

    public String statement(Statement st, Submission s) {
        String iri = Iris.event(unitId, st.recordId());
        Node r = record(iri, "EventStatement", st.recordId());
        emit(r, Yf.prop("eventType").asNode(), iri(st.eventType()));
        emit(r, Yf.prop("year").asNode(), integer(st.year(), XSDDatatype.XSDinteger));
        emit(r, Yf.prop("occurrences").asNode(), integer(st.occurrences(), XSDDatatype.XSDnonNegativeInteger));
        emit(r, DCTerms.date.asNode(), date(st.date()));
        emit(r, Yf.prop("statement").asNode(), zh(st.statement()));
        agent(r, st.submittedBy());
        submission(r, s);
        return iri;
    }

    private Node record(String iri, String type, String recordId) {
        Node r = NodeFactory.createURI(iri);
        emit(r, RDF.type.asNode(), Yf.res(type).asNode());
        emit(r, Yf.prop("unit").asNode(), unit);
        emit(r, Yf.prop("recordId").asNode(), text(recordId));
        return r;
    }

    /** What a record of a document states of it: its date, its title, its reference number. */
    private void document(Node r, LocalDate date, String title, String reference) {
        emit(r, DCTerms.date.asNode(), date(date));
        emit(r, DCTerms.title.asNode(), zh(title));
        emit(r, DCTerms.identifier.asNode(), text(reference));
    }

    /** prov:wasAttributedTo an agent, described where the record is, so that its graph names it. */
    private void agent(Node r, String name) {
        if (name == null) {
            return;
        }
        emit(r, Prov.wasAttributedTo.asNode(), Agents.node(name));
        if (described.add(name)) {
            Agents.describe(name).forEach(out);
        }
    }

    private void submission(Node r, Submission s) {
        if (s != null) {
            emit(r, Prov.generatedAtTime.asNode(), s.generatedAt() == null ? null
                    : NodeFactory.createLiteralDT(s.generatedAt(), XSDDatatype.XSDdateTime));
            emit(r, Yf.prop("upload").asNode(), iri(s.upload()));
        }
    }

    private void emit(Node s, Node p, Node o) {
        if (o != null) {
            out.accept(Triple.create(s, p, o));
        }
    }

    private static Node iri(String iri) {
        return iri == null ? null : NodeFactory.createURI(iri);
    }

    private static Node text(String value) {
        return value == null ? null : NodeFactory.createLiteralString(value);
    }

    private static Node zh(String value) {
        return value == null ? null : NodeFactory.createLiteralLang(value, "zh");
    }

    private static Node date(LocalDate d) {
        return d == null ? null : NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(int value, XSDDatatype type) {
        return NodeFactory.createLiteralDT(String.valueOf(value), type);
    }
}
