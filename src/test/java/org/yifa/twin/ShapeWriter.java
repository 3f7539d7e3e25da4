package org.yifa.twin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yifa.rdf.Yf;

/**
 * Writes the SHACL shapes that decide one year's assessment. Every shape targets unit nodes and
 * counts, along the inverse of yf:unit, the unit's records (or judgements, or veto events) that
 * conform to a qualified value shape. Each shape's property shape has an IRI naming what it checks,
 * so that the validation report says which check failed for which unit.
 */
final class ShapeWriter {

    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String TWIN = "https://w3id.org/yifa/twin#";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    /** What a property shape checks. */
    enum Kind { COUNT, FOUND, CAP, SINCE, JUDGED_MET, JUDGED_MISSED, VETO, EVENT_STATED, EVENT_OCCURRED }

    /** The meaning of one property shape: a check of {@code kind} on criterion or item {@code subject}. */
    record Check(Kind kind, String subject, String requirementType) {
    }

    private static final Property CAP_PARAMETER = ResourceFactory.createProperty(TWIN + "criterion");
    private static final String CAP_QUERY = TwinModel.query("twin-records-over-validity-cap").serialize();

    private final Map<String, Model> partitions = new LinkedHashMap<>();
    private final Map<String, Check> checks = new HashMap<>();
    private Model m;
    private int counter;

    /**
     * Shapes by partition: the shapes of one partition only ever count records of certain evidence
     * types (or judgements of one criterion, or veto events), so they are run against those alone.
     */
    Map<String, Model> shapes() {
        return partitions;
    }

    /** Directs the following shapes to {@code partition}. */
    ShapeWriter in(String partition) {
        m = partitions.computeIfAbsent(partition, k -> {
            Model shapes = ModelFactory.createDefaultModel();
            shapes.setNsPrefix("sh", SH);
            shapes.setNsPrefix("twin", TWIN);
            shapes.setNsPrefix("yf", Yf.NS);
            return shapes;
        });
        return this;
    }

    Map<String, Check> checks() {
        return checks;
    }

    /**
     * At least {@code min} records of {@code type} (or narrower), for the criterion or none, dated in
     * {@code window}. {@code kind} is COUNT for the requirement's own count, FOUND for "at least one".
     */
    void count(Kind kind, TwinModel.Criterion c, TwinModel.Requirement r, TwinModel.Window window, int min,
               Collection<String> units) {
        Resource record = m.createResource()
                .addProperty(sh("class"), Yf.res("EvidenceRecord"))
                .addProperty(sh("property"), ofType(r.type()))
                .addProperty(sh("property"), dated(window.from(), false, window.to()))
                .addProperty(sh("or"), m.createList(
                        m.createResource().addProperty(sh("path"), Yf.prop("forCriterion")).addLiteral(sh("maxCount"), integer(0)),
                        m.createResource().addProperty(sh("path"), Yf.prop("forCriterion"))
                                .addProperty(sh("hasValue"), m.createResource(c.iri()))));
        // A record of a narrower type another criterion of the item requires proves that activity instead.
        for (String claimed : c.claimed().getOrDefault(r.type(), List.of())) {
            record.addProperty(sh("not"), m.createResource().addProperty(sh("property"), ofType(claimed)));
        }
        shape(new Check(kind, c.iri(), r.type()), units, record, min, true);
    }

    /**
     * A statement of the criterion's event for the year: any ({@code EVENT_STATED}), or one that
     * reports at least one occurrence ({@code EVENT_OCCURRED}).
     */
    void event(Kind kind, TwinModel.Criterion c, int year, Collection<String> units) {
        Resource statement = m.createResource()
                .addProperty(sh("class"), Yf.res("EventStatement"))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("eventType"))
                        .addProperty(sh("hasValue"), m.createResource(c.event())))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("year"))
                        .addProperty(sh("hasValue"), integer(year)));
        if (kind == Kind.EVENT_OCCURRED) {
            statement.addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("occurrences"))
                    .addLiteral(sh("minExclusive"), integer(0)));
        }
        shape(new Check(kind, c.iri(), null), units, statement, 1, true);
    }

    /** No record of the criterion's types dated up to {@code end} exceeds the criterion's validity cap. */
    void cap(TwinModel.Criterion c, LocalDate end, Collection<String> units) {
        // A SPARQL-based constraint component: a node conforms when the query finds no cap it exceeds.
        m.createResource(TWIN + "WithinValidityCap", shRes("ConstraintComponent"))
                .addProperty(sh("parameter"), m.createResource(TWIN + "criterion-parameter").addProperty(sh("path"), CAP_PARAMETER))
                .addProperty(sh("validator"), m.createResource(TWIN + "cap-validator", shRes("SPARQLSelectValidator"))
                        .addProperty(sh("select"), CAP_QUERY));
        Resource within = m.createResource(TWIN + "within-cap/" + c.id(), shRes("NodeShape"))
                .addProperty(CAP_PARAMETER, m.createResource(c.iri()));
        Resource record = m.createResource()
                .addProperty(sh("and"), m.createList(
                        m.createResource().addProperty(sh("class"), Yf.res("EvidenceRecord")),
                        ofTypes(c),
                        m.createResource().addProperty(sh("property"), dated(null, false, end)),
                        m.createResource().addProperty(sh("not"), within)));
        shape(new Check(Kind.CAP, c.iri(), null), units, record, 0, false);
    }

    /** No record of the criterion's types dated from its start date up to {@code end} lacks a validity. */
    void since(TwinModel.Criterion c, LocalDate end, Collection<String> units) {
        Resource record = m.createResource()
                .addProperty(sh("and"), m.createList(
                        m.createResource().addProperty(sh("class"), Yf.res("EvidenceRecord")),
                        ofTypes(c),
                        m.createResource().addProperty(sh("property"), dated(c.since(), false, end)),
                        m.createResource().addProperty(sh("property"), m.createResource()
                                .addProperty(sh("path"), Yf.prop("validUntil")).addLiteral(sh("maxCount"), integer(0)))));
        shape(new Check(Kind.SINCE, c.iri(), null), units, record, 0, false);
    }

    /** A judgement of the criterion for the year with the given verdict. */
    void judged(TwinModel.Criterion c, int year, String verdict, Collection<String> units) {
        Resource judgement = m.createResource()
                .addProperty(sh("class"), Yf.res("Judgement"))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("criterion"))
                        .addProperty(sh("hasValue"), m.createResource(c.iri())))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("year"))
                        .addProperty(sh("hasValue"), integer(year)))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("verdict"))
                        .addProperty(sh("hasValue"), verdict));
        shape(new Check(verdict.equals("met") ? Kind.JUDGED_MET : Kind.JUDGED_MISSED, c.iri(), null), units,
                judgement, 1, true);
    }

    /** No veto event of the item's kind dated after {@code after} up to {@code end}. */
    void veto(TwinModel.Item item, LocalDate after, LocalDate end, Collection<String> units) {
        Resource event = m.createResource()
                .addProperty(sh("class"), Yf.res("VetoEvent"))
                .addProperty(sh("property"), m.createResource().addProperty(sh("path"), Yf.prop("vetoEventType"))
                        .addProperty(sh("hasValue"), m.createResource(item.vetoEvent())))
                .addProperty(sh("property"), dated(after, true, end));
        shape(new Check(Kind.VETO, item.iri(), null), units, event, 0, false);
    }

    /** A node shape on the units whose property shape bounds the count of qualifying values. */
    private void shape(Check check, Collection<String> units, Resource qualified, int count, boolean atLeast) {
        String iri = TWIN + "check/" + (++counter);
        Resource node = m.createResource(iri, shRes("NodeShape"));
        units.forEach(u -> node.addProperty(sh("targetNode"), m.createResource(u)));
        Resource property = m.createResource(iri + "/count")
                .addProperty(sh("path"), m.createResource().addProperty(sh("inversePath"), Yf.prop("unit")))
                .addProperty(sh("qualifiedValueShape"), qualified)
                .addLiteral(sh(atLeast ? "qualifiedMinCount" : "qualifiedMaxCount"), integer(count));
        node.addProperty(sh("property"), property);
        checks.put(property.getURI(), check);
    }

    private Resource ofType(String type) {
        return m.createResource()
                .addProperty(sh("path"), m.createList(Yf.prop("evidenceType"), Yf.prop("broaderOrSelf")))
                .addProperty(sh("hasValue"), m.createResource(type));
    }

    private Resource ofTypes(TwinModel.Criterion c) {
        List<RDFNode> alternatives = new ArrayList<>();
        c.requirements().forEach(r -> alternatives.add(m.createResource().addProperty(sh("property"), ofType(r.type()))));
        return m.createResource().addProperty(sh("or"), m.createList(alternatives.iterator()));
    }

    private Resource dated(LocalDate from, boolean exclusive, LocalDate to) {
        Resource p = m.createResource().addProperty(sh("path"), m.createResource(DCTERMS + "date"))
                .addLiteral(sh("minCount"), integer(1))
                .addLiteral(sh("maxInclusive"), date(to));
        if (from != null) {
            p.addLiteral(sh(exclusive ? "minExclusive" : "minInclusive"), date(from));
        }
        return p;
    }

    private Literal integer(int n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private Literal date(LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static Property sh(String local) {
        return ResourceFactory.createProperty(SH + local);
    }

    private static Resource shRes(String local) {
        return ResourceFactory.createResource(SH + local);
    }
}
