package org.yifa.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yifa.rdf.Agents;
import org.yifa.rdf.Yf;
import org.yifa.store.Changes;

/**
 * Records every write — who, when, what, from which upload — in the audit graph
 * {@code https://w3id.org/yifa/graph/audit}. Call {@link #record} inside the atomic write
 * ({@link org.yifa.store.Store#write}) that makes the change, so the change and its record commit
 * together or not at all, on the embedded and on a remote store alike.
 */
public final class AuditLog {

    public static final String GRAPH = Yf.GRAPH + "audit";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private AuditLog() {
    }

    /**
     * Adds one audit entry to the changes of a write.
     *
     * @param action  e.g. {@code evidence-upload}, {@code restore}
     * @param target  IRI of what was changed (a unit, the store)
     * @param upload  IRI of the upload that carried the change, or null
     * @param detail  a sentence for people
     * @return the entry's IRI
     */
    public static String record(Changes changes, String action, String target, String upload, String detail) {
        Entry entry = entry(action, target, upload, detail);
        changes.add(entry.quads());
        return entry.iri();
    }

    /** One audit entry: its IRI and its quads in the audit graph. */
    public record Entry(String iri, List<Quad> quads) {
    }

    /** The quads of one audit entry, for a write to add (see {@link #record}). */
    public static Entry entry(String action, String target, String upload, String detail) {
        Node graph = NodeFactory.createURI(GRAPH);
        String iri = Yf.ID + "audit/" + UUID.randomUUID();
        Node entry = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, entry, RDF.type.asNode(), Yf.res("AuditEntry").asNode()));
        // The user as a PROV-O agent, described in the audit graph so that the graph names whom it cites.
        String user = currentUser();
        quads.add(Quad.create(graph, entry, NodeFactory.createURI(PROV + "wasAssociatedWith"), Agents.node(user)));
        Agents.describe(user).forEach(t -> quads.add(Quad.create(graph, t)));
        quads.add(Quad.create(graph, entry, NodeFactory.createURI(PROV + "startedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        quads.add(Quad.create(graph, entry, Yf.prop("action").asNode(), NodeFactory.createLiteralString(action)));
        quads.add(Quad.create(graph, entry, Yf.prop("target").asNode(), NodeFactory.createURI(target)));
        if (upload != null) {
            quads.add(Quad.create(graph, entry, Yf.prop("upload").asNode(), NodeFactory.createURI(upload)));
        }
        quads.add(Quad.create(graph, entry, RDFS.comment.asNode(), NodeFactory.createLiteralString(detail)));
        return new Entry(iri, List.copyOf(quads));
    }

    /** The authenticated user's name, or {@code system} for writes the service makes itself. */
    public static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
