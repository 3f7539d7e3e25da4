package org.yifa.evidence;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms evidence intake writes. */
final class Prov {

    static final String NS = "http://www.w3.org/ns/prov#";
    static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");

    private Prov() {
    }
}
