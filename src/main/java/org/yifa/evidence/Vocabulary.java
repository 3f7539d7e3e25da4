package org.yifa.evidence;

import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.yifa.rdf.Yf;

/** Prefixes for written records and for naming properties (fields) of RDF uploads in messages. */
final class Vocabulary {

    static final Map<String, String> PREFIXES = Map.of(
            "yf", Yf.NS,
            "dcterms", DCTerms.NS,
            "prov", Prov.NS,
            "xsd", XSD.NS,
            "rdf", RDF.uri,
            "skos", SKOS.uri,
            "rdfs", org.apache.jena.vocabulary.RDFS.uri);

    /** How RDF uploads name a column in messages: the property it maps to, e.g. {@code dcterms:date}. */
    static final Table.FieldNames PROPERTIES = (kind, column) ->
            kind.column(column).map(c -> curie(c.property().getURI())).orElse(column);

    private Vocabulary() {
    }

    static String curie(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return "<" + iri + ">";
    }
}
