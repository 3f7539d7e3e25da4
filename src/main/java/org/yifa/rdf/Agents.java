package org.yifa.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The people and bodies named as submitters, assessors and users: PROV-O agents, not literals.
 * An agent's IRI is minted from its name, {@code yfid:agent/{name}}, so that one name is one agent in
 * every graph; the name is kept exactly as given, as {@code rdfs:label} and {@code foaf:name}.
 */
public final class Agents {

    public static final String PROV = Prov.NS;
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String BASE = Yf.ID + "agent/";
    private static final Node PROV_AGENT = NodeFactory.createURI(PROV + "Agent");
    private static final Node FOAF_AGENT = NodeFactory.createURI(FOAF + "Agent");
    private static final Node FOAF_NAME = NodeFactory.createURI(FOAF + "name");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Agents() {
    }

    /**
     * The agent's IRI: letters and digits of any script stay as they are (an IRI allows them), every
     * other character but {@code - . _ ~} is percent-encoded as UTF-8, so that no name can reach into
     * the path, query or fragment.
     */
    public static String iri(String name) {
        StringBuilder iri = new StringBuilder(BASE);
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
                iri.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    iri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return iri.toString();
    }

    /**
     * Whether {@code iri} is the agent named {@code name}, in its IRI form or in its URI form (non-ASCII
     * letters percent-encoded, as clients that speak URIs only write it; hex digits in either case).
     */
    public static boolean isAgent(String iri, String name) {
        return asUri(iri).equals(asUri(iri(name)));
    }

    private static String asUri(String iri) {
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c == '%' && i + 2 < iri.length()) {
                uri.append('%').append(iri.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT));
                i += 2;
            } else if (c < 0x80) {
                uri.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < iri.length() ? i + 2 : i + 1;
                for (byte b : iri.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
        return uri.toString();
    }

    public static Node node(String name) {
        return NodeFactory.createURI(iri(name));
    }

    /** What is said of the agent wherever it is named: its types and its name. */
    public static List<Triple> describe(String name) {
        Node agent = node(name);
        Node label = NodeFactory.createLiteralString(name);
        return List.of(Triple.create(agent, RDF.type.asNode(), PROV_AGENT),
                Triple.create(agent, RDF.type.asNode(), FOAF_AGENT),
                Triple.create(agent, RDFS.label.asNode(), label),
                Triple.create(agent, FOAF_NAME, label));
    }
}
