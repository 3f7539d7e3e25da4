package org.yifa.unit;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.evidence.Problem;
import org.yifa.rdf.Yf;

/**
 * A city's units in Turtle or JSON-LD with the W3C Organization Ontology: every {@code org:Organization}
 * (or {@code yf:Unit}) is a unit; its id is {@code yf:unitId}, else {@code skos:notation}, else the last
 * segment of its IRI; its name {@code skos:prefLabel} (Chinese first) or {@code rdfs:label}; its kinds
 * {@code org:classification} (or {@code yf:unitType}); its parent {@code org:subOrganizationOf}, a unit of
 * the same file or one the store has. Other statements are not kept.
 */
final class UnitRdf {

    static final String ORG = "http://www.w3.org/ns/org#";
    private static final Resource ORGANIZATION = ResourceFactory.createResource(ORG + "Organization");
    private static final Property CLASSIFICATION = ResourceFactory.createProperty(ORG + "classification");
    private static final Property SUB_ORGANIZATION_OF = ResourceFactory.createProperty(ORG + "subOrganizationOf");

    private UnitRdf() {
    }

    static List<UnitRow> read(byte[] bytes, Lang lang, List<Problem> problems) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(Yf.ID + "unit/").parse(model);
        } catch (RiotException e) {
            problems.add(At.FILE.problem(null, "the " + lang.getLabel() + " file cannot be parsed: " + e.getMessage()));
            return List.of();
        }
        List<Resource> subjects = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, ORGANIZATION).toList());
        model.listSubjectsWithProperty(RDF.type, Yf.Unit).filterDrop(subjects::contains).forEach(subjects::add);
        if (subjects.isEmpty()) {
            problems.add(At.FILE.problem(null, "the file describes no org:Organization"));
        }
        List<UnitRow> rows = new ArrayList<>();
        for (Resource unit : subjects) {
            At at = At.rdf(unit.isURIResource() ? unit.getURI() : "_:" + unit.getId());
            List<String> types = new ArrayList<>();
            for (Property p : List.of(CLASSIFICATION, Yf.unitType)) {
                unit.listProperties(p).forEach(s -> types.add(s.getObject().isURIResource()
                        ? s.getObject().asResource().getURI() : s.getObject().toString()));
            }
            String parent = "";
            Statement sub = unit.getProperty(SUB_ORGANIZATION_OF);
            if (sub != null) {
                parent = sub.getObject().isURIResource() ? idOf(sub.getObject().asResource()) : sub.getObject().toString();
            }
            rows.add(new UnitRow(at, idOf(unit), name(unit), List.copyOf(types), parent,
                    text(unit, Yf.creditCode), text(unit, Yf.unitValidFrom),
                    text(unit, Yf.unitValidUntil)));
        }
        return rows;
    }

    /** A unit's id: yf:unitId, else skos:notation, else the last segment of its IRI. */
    static String idOf(Resource unit) {
        String id = text(unit, Yf.unitId);
        if (id.isEmpty()) {
            id = text(unit, SKOS.notation);
        }
        if (id.isEmpty() && unit.isURIResource()) {
            String iri = unit.getURI();
            id = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }
        return id;
    }

    private static String name(Resource unit) {
        Optional<String> zh = unit.listProperties(SKOS.prefLabel).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .sorted((a, b) -> Boolean.compare(!a.getLanguage().startsWith("zh"), !b.getLanguage().startsWith("zh")))
                .map(Literal::getLexicalForm).findFirst();
        return zh.orElseGet(() -> text(unit, org.apache.jena.vocabulary.RDFS.label));
    }

    private static String text(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getObject().asLiteral().getLexicalForm().strip()
                : s.getObject().toString();
    }
}
