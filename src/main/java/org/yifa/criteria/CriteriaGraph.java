package org.yifa.criteria;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.framework.FrameworkIris;
import org.yifa.rdf.Yf;

/** Writes criteria and veto events as RDF; IRIs derive from criterion ids and notations. */
final class CriteriaGraph {

    private CriteriaGraph() {
    }

    static Model of(List<Criterion> criteria, List<VetoEvent> vetoes, FrameworkIris iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("yf", Yf.NS);
        m.setNsPrefix("ut", CriteriaReader.UNIT_NS);
        m.setNsPrefix("et", CriteriaReader.EVIDENCE_NS);
        for (Criterion c : criteria) {
            String iri = iris.framework() + "/criterion/" + c.id();
            Resource criterion = m.createResource(iri, Yf.res("Criterion"))
                    .addProperty(SKOS.notation, c.id())
                    .addProperty(Yf.prop("criterionOf"), m.createResource(iris.item(c.item())))
                    .addProperty(Yf.prop("sourceSentence"), m.createLiteral(c.sentence(), "zh"))
                    .addProperty(Yf.prop("obligation"), m.createLiteral(c.obligation(), "zh"))
                    .addProperty(RDFS.label, m.createLiteral(c.id() + " " + c.obligation(), "zh"))
                    .addProperty(Yf.prop("responsible"), m.createResource(c.responsible()))
                    .addLiteral(Yf.prop("judgement"), m.createTypedLiteral(c.judgement()));
            c.appliesTo().forEach(u -> criterion.addProperty(Yf.prop("appliesTo"), m.createResource(u)));
            for (Criterion.Evidence e : c.evidence()) {
                String slug = e.type().substring(e.type().lastIndexOf('/') + 1);
                criterion.addProperty(Yf.prop("requiresEvidence"),
                        m.createResource(iri + "/evidence/" + slug, Yf.res("EvidenceRequirement"))
                                .addProperty(Yf.prop("evidenceType"), m.createResource(e.type()))
                                .addLiteral(Yf.prop("minCount"), integer(m, e.min())));
            }
            for (int i = 0; i < c.rules().size(); i++) {
                criterion.addProperty(Yf.prop("rule"), rule(m, iri + "/rule/" + (i + 1), c.rules().get(i)));
            }
        }
        for (VetoEvent v : vetoes) {
            String iri = iris.framework() + "/veto-event/" + v.item();
            Resource event = m.createResource(iri, Yf.res("VetoEventType"))
                    .addProperty(RDFS.label, m.createLiteral(v.event(), "zh"))
                    .addLiteral(Yf.prop("windowYears"), integer(m, v.window().windowYears()))
                    .addProperty(Yf.prop("rule"), rule(m, iri + "/window", v.window()));
            v.recordedBy().forEach(e -> event.addProperty(Yf.prop("recordedBy"), m.createResource(e)));
            m.createResource(iris.item(v.item())).addProperty(Yf.prop("vetoEvent"), event);
        }
        return m;
    }

    private static Resource rule(Model m, String iri, PeriodRule r) {
        Resource rule = m.createResource(iri, Yf.res("PeriodRule"))
                .addProperty(Yf.prop("rulePhrase"), m.createLiteral(r.phrase(), "zh"));
        if (r.per() != null) {
            rule.addProperty(Yf.prop("per"), r.per());
        }
        if (r.minCount() != null) {
            rule.addLiteral(Yf.prop("minCount"), integer(m, r.minCount()));
        }
        if (r.deadline() != null) {
            rule.addProperty(Yf.prop("deadline"), r.deadline());
        }
        if (r.validityYears() != null) {
            rule.addLiteral(Yf.prop("validityYears"), integer(m, r.validityYears()));
        }
        if (r.provisionalValidityYears() != null) {
            rule.addLiteral(Yf.prop("provisionalValidityYears"), integer(m, r.provisionalValidityYears()));
        }
        if (r.since() != null) {
            rule.addLiteral(Yf.prop("since"), m.createTypedLiteral(r.since().toString(), XSDDatatype.XSDdate));
        }
        if (r.windowYears() != null) {
            rule.addLiteral(Yf.prop("windowYears"), integer(m, r.windowYears()));
        }
        r.binds().forEach(u -> rule.addProperty(Yf.prop("binds"), m.createResource(u)));
        return rule;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, int value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
