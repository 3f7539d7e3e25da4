package org.yifa.law;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yifa.rdf.Yf;

/** The yf: and eli: terms of the law graph. */
final class LawTerms {

    static final String ELI = "http://data.europa.eu/eli/ontology#";

    static final Resource LawWork = Yf.res("LawWork");
    static final Resource LawVersion = Yf.res("LawVersion");
    static final Resource Provision = Yf.res("Provision");
    static final Resource Chapter = Yf.res("Chapter");
    static final Resource Section = Yf.res("Section");
    static final Resource Article = Yf.res("Article");
    static final Resource Paragraph = Yf.res("Paragraph");

    static final Property hasVersion = Yf.prop("hasVersion");
    static final Property versionOf = Yf.prop("versionOf");
    static final Property replaces = Yf.prop("replaces");
    static final Property amends = Yf.prop("amends");
    static final Property level = Yf.prop("level");
    static final Property flkId = Yf.prop("flkId");
    static final Property nationalDatabasePage = Yf.prop("nationalDatabasePage");
    static final Property ordinal = Yf.prop("ordinal");
    static final Property numberZh = Yf.prop("numberZh");

    static final Property title = eli("title");
    static final Property titleShort = eli("title_short");
    static final Property versionDate = eli("version_date");
    static final Property dateDocument = eli("date_document");
    static final Property datePublication = eli("date_publication");
    static final Property firstDateEntryInForce = eli("first_date_entry_in_force");
    static final Property passedBy = eli("passed_by");
    static final Property isPartOf = eli("is_part_of");
    static final Property hasPart = eli("has_part");

    private LawTerms() {
    }

    private static Property eli(String localName) {
        return ResourceFactory.createProperty(ELI, localName);
    }
}
