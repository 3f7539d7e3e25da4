package org.yifa.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of PROV-O (W3C provenance ontology) that Yifa writes. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS, "startedAtTime");
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");

    private Prov() {
    }
}
