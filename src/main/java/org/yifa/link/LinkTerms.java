package org.yifa.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yifa.rdf.Yf;

/** The ontology terms this package reads and writes: citations, legal bases, laws (ELI). */
final class LinkTerms {

    static final String ELI = "http://data.europa.eu/eli/ontology#";

    static final Resource Citation = Yf.res("Citation");
    static final Resource UnresolvedInstrument = Yf.res("UnresolvedInstrument");
    static final Resource LegalBasis = Yf.res("LegalBasis");
    static final Resource LawWork = Yf.res("LawWork");
    static final Resource LawVersion = Yf.res("LawVersion");
    static final Resource Article = Yf.res("Article");
    static final Resource Paragraph = Yf.res("Paragraph");
    static final Resource Extracted = Yf.res("Extracted");
    static final Resource Curated = Yf.res("Curated");

    static final Property citingItem = Yf.prop("citingItem");
    static final Property citedText = Yf.prop("citedText");
    static final Property citedInstrument = Yf.prop("citedInstrument");
    static final Property provenance = Yf.prop("provenance");
    static final Property resolved = Yf.prop("resolved");
    static final Property level = Yf.prop("level");
    static final Property basisOf = Yf.prop("basisOf");
    static final Property provision = Yf.prop("provision");
    static final Property linkKind = Yf.prop("linkKind");
    static final Property rationale = Yf.prop("rationale");
    static final Property quote = Yf.prop("quote");
    static final Property verified = Yf.prop("verified");
    static final Property restsOn = Yf.prop("restsOn");
    static final Property noBasisReason = Yf.prop("noBasisReason");
    static final Property versionOf = Yf.prop("versionOf");
    static final Property ordinal = Yf.prop("ordinal");

    static final Property eliTitle = ResourceFactory.createProperty(ELI, "title");
    static final Property eliTitleShort = ResourceFactory.createProperty(ELI, "title_short");
    static final Property eliVersionDate = ResourceFactory.createProperty(ELI, "version_date");

    private LinkTerms() {
    }
}
