package org.yifa.framework;

import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.framework.parse.Checklist;
import org.yifa.rdf.Prov;
import org.yifa.rdf.Yf;

/** Writes a parsed {@link Checklist} as RDF in the Yifa ontology. */
final class FrameworkGraph {


    private FrameworkGraph() {
    }

    static Model of(Checklist checklist, FrameworkIris iris, String sourcePath, String sha256) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("yf", Yf.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("prov", Prov.NS);

        Resource framework = m.createResource(iris.framework(), Yf.Framework)
                .addProperty(DCTerms.title, m.createLiteral(checklist.title(), "zh"))
                .addProperty(RDFS.label, m.createLiteral(checklist.title(), "zh"));
        checklist.alternativeTitles().forEach(t -> framework.addProperty(DCTerms.alternative, m.createLiteral(t, "zh")));

        Resource source = m.createResource(iris.source(), Yf.SourceDocument)
                .addProperty(DCTerms.source, sourcePath)
                .addProperty(Yf.sha256, sha256)
                .addProperty(RDF.type, FOAF.Document);
        Resource ingestion = m.createResource(iris.ingestion(), Yf.Ingestion)
                .addProperty(Prov.used, source)
                .addLiteral(Prov.endedAtTime,
                        m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        framework.addProperty(Prov.wasGeneratedBy, ingestion);
        framework.addProperty(Prov.wasDerivedFrom, source);

        List<Checklist.Repair> repairs = checklist.repairs();
        for (int i = 0; i < repairs.size(); i++) {
            Checklist.Repair r = repairs.get(i);
            ingestion.addProperty(Yf.repair, m.createResource(iris.repair(i + 1), Yf.Repair)
                    .addProperty(Yf.repairKind, Yf.res(r.kind()))
                    .addLiteral(Yf.sourceLine, m.createTypedLiteral(String.valueOf(r.line()), XSDDatatype.XSDinteger))
                    .addProperty(RDFS.comment, r.message()));
        }

        for (Checklist.Area a : checklist.areas()) {
            Resource area = m.createResource(iris.area(a.number()), Yf.Area)
                    .addProperty(SKOS.notation, a.notation())
                    .addProperty(DCTerms.title, m.createLiteral(a.title(), "zh"))
                    .addProperty(RDFS.label, m.createLiteral(a.label(), "zh"))
                    .addProperty(Yf.inFramework, framework);
            position(area, a.number());
            framework.addProperty(Yf.hasArea, area);
            for (Checklist.Goal g : a.goals()) {
                Resource goal = m.createResource(iris.goal(a.number(), g.number()), Yf.Goal)
                        .addProperty(SKOS.notation, g.notation())
                        .addProperty(DCTerms.title, m.createLiteral(g.title(), "zh"))
                        .addProperty(RDFS.label, m.createLiteral(g.label(), "zh"))
                        .addProperty(Yf.inArea, area)
                        .addProperty(Yf.inFramework, framework);
                position(goal, g.number());
                area.addProperty(Yf.hasGoal, goal);
                for (Checklist.Item it : g.items()) {
                    Resource item = m.createResource(iris.item(it.notation()),
                                    it.veto() ? Yf.VetoCondition : Yf.Requirement)
                            .addProperty(SKOS.notation, it.notation())
                            .addProperty(Yf.text, m.createLiteral(it.text(), "zh"))
                            .addProperty(RDFS.label, m.createLiteral(it.notation() + " " + abbreviate(it.text()), "zh"))
                            .addProperty(Yf.inGoal, goal)
                            .addProperty(Yf.inArea, area)
                            .addProperty(Yf.inFramework, framework);
                    position(item, it.number());
                    goal.addProperty(Yf.hasItem, item);
                }
            }
        }
        return m;
    }

    private static void position(Resource r, int position) {
        r.addLiteral(Yf.position, r.getModel().createTypedLiteral(String.valueOf(position), XSDDatatype.XSDinteger));
    }

    private static String abbreviate(String text) {
        int end = text.indexOf('。');
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return first.length() <= 40 ? first : first.substring(0, 40) + "…";
    }
}
