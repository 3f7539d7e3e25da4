package org.yifa.audit;

import java.time.Instant;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yifa.rdf.Yf;

/**
 * Records every write — who, when, what, from which upload — in the audit graph
 * {@code https://w3id.org/yifa/graph/audit}. Call {@link #record} inside the write transaction that
 * makes the change, so the change and its record commit together or not at all.
 */
public final class AuditLog {

    public static final String GRAPH = Yf.GRAPH + "audit";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private AuditLog() {
    }

    /**
     * Adds one audit entry to {@code dsg}; must run inside its write transaction.
     *
     * @param action  e.g. {@code evidence-upload}, {@code restore}
     * @param target  IRI of what was changed (a unit, the store)
     * @param upload  IRI of the upload that carried the change, or null
     * @param detail  a sentence for people
     * @return the entry's IRI
     */
    public static String record(DatasetGraph dsg, String action, String target, String upload, String detail) {
        Node graph = NodeFactory.createURI(GRAPH);
        String iri = Yf.ID + "audit/" + UUID.randomUUID();
        Node entry = NodeFactory.createURI(iri);
        dsg.add(graph, entry, RDF.type.asNode(), Yf.res("AuditEntry").asNode());
        dsg.add(graph, entry, NodeFactory.createURI(PROV + "wasAssociatedWith"), NodeFactory.createLiteralString(currentUser()));
        dsg.add(graph, entry, NodeFactory.createURI(PROV + "startedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        dsg.add(graph, entry, Yf.prop("action").asNode(), NodeFactory.createLiteralString(action));
        dsg.add(graph, entry, Yf.prop("target").asNode(), NodeFactory.createURI(target));
        if (upload != null) {
            dsg.add(graph, entry, Yf.prop("upload").asNode(), NodeFactory.createURI(upload));
        }
        dsg.add(graph, entry, RDFS.comment.asNode(), NodeFactory.createLiteralString(detail));
        return iri;
    }

    /** The authenticated user's name, or {@code system} for writes the service makes itself. */
    public static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
