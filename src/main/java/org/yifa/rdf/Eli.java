package org.yifa.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the European Legislation Identifier ontology that the law graph uses. */
public final class Eli {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Property dateDocument = ResourceFactory.createProperty(NS, "date_document");
    public static final Property datePublication = ResourceFactory.createProperty(NS, "date_publication");
    public static final Property firstDateEntryInForce = ResourceFactory.createProperty(NS, "first_date_entry_in_force");
    public static final Property hasPart = ResourceFactory.createProperty(NS, "has_part");
    public static final Property isPartOf = ResourceFactory.createProperty(NS, "is_part_of");
    public static final Property passedBy = ResourceFactory.createProperty(NS, "passed_by");
    public static final Property title = ResourceFactory.createProperty(NS, "title");
    public static final Property titleShort = ResourceFactory.createProperty(NS, "title_short");
    public static final Property versionDate = ResourceFactory.createProperty(NS, "version_date");

    private Eli() {
    }
}
