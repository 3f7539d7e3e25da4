package org.yifa.evidence;

import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.yifa.rdf.Agents;

/**
 * The submitters and assessors of an RDF upload as agents. A record names its agent by the IRI the
 * service mints from the name ({@code yfid:agent/{name}}), described in the upload with its
 * {@code rdfs:label} (or {@code foaf:name}); for uploads written before agents, a plain name
 * (a literal) is accepted and turned into that agent. Anything else is reported at the record's line.
 */
final class RdfAgents {

    static final String FIELD = "prov:wasAttributedTo";
    private static final Resource PROV_AGENT = ResourceFactory.createResource(Agents.PROV + "Agent");
    private static final Resource FOAF_AGENT = ResourceFactory.createResource(Agents.FOAF + "Agent");
    private static final org.apache.jena.rdf.model.Property FOAF_NAME =
            ResourceFactory.createProperty(Agents.FOAF + "name");
    private static final Set<org.apache.jena.rdf.model.Property> DESCRIBING = Set.of(RDF.type, RDFS.label, FOAF_NAME);

    private RdfAgents() {
    }

    /** Rewrites literal names into agents (in place), so that shapes and rows see agents only. */
    static void normalise(RdfFile.Parsed parsed, Problems problems) {
        Model model = parsed.model();
        for (Statement s : model.listStatements(null, Prov.wasAttributedTo, (RDFNode) null).toList()) {
            Position at = RdfRecords.at(parsed, s.getSubject());
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                String name = o.asLiteral().getLexicalForm().strip();
                if (name.isEmpty()) {
                    problems.add(at, FIELD, "the agent's name is empty");
                    continue;
                }
                s.changeObject(model.createResource(Agents.iri(name)));
                Agents.describe(name).forEach(model.getGraph()::add);
            } else if (o.isAnon()) {
                problems.add(at, FIELD, "the agent must be named: an IRI <" + Agents.BASE + "{name}> with its rdfs:label, "
                        + "or a name as a literal, not a blank node");
            } else {
                String name = name(o.asResource());
                if (name == null) {
                    problems.add(at, FIELD, "the agent <" + o.asResource().getURI() + "> has no rdfs:label in the upload; "
                            + "give its name, e.g. <" + o.asResource().getURI() + "> rdfs:label \"李评估\"");
                } else if (!Agents.isAgent(o.asResource().getURI(), name)) {
                    problems.add(at, FIELD, "the agent named '" + name + "' must be <" + Agents.iri(name)
                            + "> (from its name), not <" + o.asResource().getURI() + ">");
                } else {
                    Agents.describe(name).forEach(model.getGraph()::add);
                }
            }
        }
    }

    /** An agent's name as the upload gives it: its rdfs:label, else its foaf:name. */
    static String name(Resource agent) {
        for (org.apache.jena.rdf.model.Property p : List.of(RDFS.label, FOAF_NAME)) {
            Statement s = agent.getProperty(p);
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return null;
    }

    /** A subject that only describes an agent (types, label, name), which is not a record of its own. */
    static boolean isAgent(Resource subject) {
        boolean typed = subject.hasProperty(RDF.type, PROV_AGENT) || subject.hasProperty(RDF.type, FOAF_AGENT)
                || subject.getModel().contains(null, Prov.wasAttributedTo, subject);
        return typed && subject.listProperties().toList().stream().allMatch(s -> DESCRIBING.contains(s.getPredicate()));
    }
}
