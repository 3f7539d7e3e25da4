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
        m.setNsPrefix("ev", CriteriaReader.EVENT_NS);
        for (Criterion c : criteria) {
            String iri = iris.framework() + "/criterion/" + c.id();
            Resource criterion = m.createResource(iri, Yf.Criterion)
                    .addProperty(SKOS.notation, c.id())
                    .addProperty(Yf.criterionOf, m.createResource(iris.item(c.item())))
                    .addProperty(Yf.sourceSentence, m.createLiteral(c.sentence(), "zh"))
                    .addProperty(Yf.obligation, m.createLiteral(c.obligation(), "zh"))
                    .addProperty(RDFS.label, m.createLiteral(c.id() + " " + c.obligation(), "zh"))
                    .addProperty(Yf.responsible, m.createResource(c.responsible()))
                    .addLiteral(Yf.judgement, m.createTypedLiteral(c.judgement()));
            c.appliesTo().forEach(u -> criterion.addProperty(Yf.appliesTo, m.createResource(u)));
            c.except().forEach(u -> criterion.addProperty(Yf.except, m.createResource(u)));
            if (c.scopeWords() != null) {
                criterion.addProperty(Yf.scopeWords, m.createLiteral(c.scopeWords(), "zh"));
            }
            if (c.review() != null) {
                criterion.addProperty(SKOS.changeNote, m.createLiteral(c.review(), "zh"));
            }
            if (c.responsibleBasis() != null) {
                Criterion.Basis b = c.responsibleBasis();
                criterion.addProperty(Yf.responsibleBasis,
                        m.createResource(iri + "/responsible-basis", Yf.CompetenceBasis)
                                .addProperty(Yf.competenceProvision, m.createResource(b.provision()))
                                .addProperty(Yf.competenceQuote, m.createLiteral(b.quote(), "zh"))
                                .addProperty(RDFS.label, m.createLiteral(b.law() + " 第" + b.article() + "条"
                                        + (b.paragraph() == null ? "" : "第" + b.paragraph() + "款"), "zh")));
            }
            if (c.condition() != null) {
                criterion.addProperty(Yf.condition, m.createResource(iri + "/condition", Yf.EventCondition)
                        .addProperty(Yf.eventType, m.createResource(c.condition().event()))
                        .addProperty(Yf.triggerWords, m.createLiteral(c.condition().words(), "zh")));
            }
            for (Criterion.Evidence e : c.evidence()) {
                String slug = e.type().substring(e.type().lastIndexOf('/') + 1);
                Resource requirement = m.createResource(iri + "/evidence/" + slug, Yf.EvidenceRequirement)
                        .addProperty(Yf.evidenceType, m.createResource(e.type()))
                        .addLiteral(Yf.minCount, integer(m, e.min()));
                if (e.perEvent()) {
                    requirement.addLiteral(Yf.perEvent, m.createTypedLiteral(true));
                }
                criterion.addProperty(Yf.requiresEvidence, requirement);
            }
            for (int i = 0; i < c.periodExceptions().size(); i++) {
                Criterion.PeriodException p = c.periodExceptions().get(i);
                criterion.addProperty(Yf.periodException,
                        m.createResource(iri + "/period-exception/" + (i + 1), Yf.PeriodException)
                                .addProperty(Yf.exceptionPhrase, m.createLiteral(p.phrase(), "zh"))
                                .addProperty(Yf.exceptionReason, m.createLiteral(p.reason(), "zh")));
            }
            for (int i = 0; i < c.rules().size(); i++) {
                criterion.addProperty(Yf.rule, rule(m, iri + "/rule/" + (i + 1), c.rules().get(i)));
            }
        }
        for (VetoEvent v : vetoes) {
            String iri = iris.framework() + "/veto-event/" + v.item();
            Resource event = m.createResource(iri, Yf.VetoEventType)
                    .addProperty(RDFS.label, m.createLiteral(v.event(), "zh"))
                    .addLiteral(Yf.windowYears, integer(m, v.window().windowYears()))
                    .addProperty(Yf.rule, rule(m, iri + "/window", v.window()));
            v.recordedBy().forEach(e -> event.addProperty(Yf.recordedBy, m.createResource(e)));
            v.appliesTo().forEach(u -> event.addProperty(Yf.vetoAppliesTo, m.createResource(u)));
            if (v.scopeWords() != null) {
                event.addProperty(Yf.vetoScopeWords, m.createLiteral(v.scopeWords(), "zh"));
            }
            m.createResource(iris.item(v.item())).addProperty(Yf.vetoEvent, event);
        }
        return m;
    }

    private static Resource rule(Model m, String iri, PeriodRule r) {
        Resource rule = m.createResource(iri, Yf.PeriodRule)
                .addProperty(Yf.rulePhrase, m.createLiteral(r.phrase(), "zh"));
        if (r.per() != null) {
            rule.addProperty(Yf.per, r.per());
        }
        if (r.minCount() != null) {
            rule.addLiteral(Yf.minCount, integer(m, r.minCount()));
        }
        if (r.deadline() != null) {
            rule.addProperty(Yf.deadline, r.deadline());
        }
        if (r.validityYears() != null) {
            rule.addLiteral(Yf.validityYears, integer(m, r.validityYears()));
        }
        if (r.provisionalValidityYears() != null) {
            rule.addLiteral(Yf.provisionalValidityYears, integer(m, r.provisionalValidityYears()));
        }
        if (r.since() != null) {
            rule.addLiteral(Yf.since, m.createTypedLiteral(r.since().toString(), XSDDatatype.XSDdate));
        }
        if (r.windowYears() != null) {
            rule.addLiteral(Yf.windowYears, integer(m, r.windowYears()));
        }
        r.binds().forEach(u -> rule.addProperty(Yf.binds, m.createResource(u)));
        return rule;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, int value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
