package org.yifa.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Yifa ontology ({@code ontology/yifa.ttl}) and the project's IRI bases. */
public final class Yf {

    public static final String NS = "https://w3id.org/yifa/ont#";
    public static final String ID = "https://w3id.org/yifa/id/";
    public static final String GRAPH = "https://w3id.org/yifa/graph/";

    public static final Resource Framework = res("Framework");
    public static final Resource Area = res("Area");
    public static final Resource Goal = res("Goal");
    public static final Resource Requirement = res("Requirement");
    public static final Resource VetoCondition = res("VetoCondition");
    public static final Resource Ingestion = res("Ingestion");
    public static final Resource SourceDocument = res("SourceDocument");
    public static final Resource Repair = res("Repair");

    public static final Property hasArea = prop("hasArea");
    public static final Property hasGoal = prop("hasGoal");
    public static final Property hasItem = prop("hasItem");
    public static final Property inFramework = prop("inFramework");
    public static final Property inArea = prop("inArea");
    public static final Property inGoal = prop("inGoal");
    public static final Property position = prop("position");
    public static final Property text = prop("text");
    public static final Property sha256 = prop("sha256");
    public static final Property repair = prop("repair");
    public static final Property repairKind = prop("repairKind");
    public static final Property sourceLine = prop("sourceLine");

    // Laws, citations and legal bases.
    public static final Resource Article = res("Article");
    public static final Resource Chapter = res("Chapter");
    public static final Resource Citation = res("Citation");
    public static final Resource Curated = res("Curated");
    public static final Resource Extracted = res("Extracted");
    public static final Resource LawVersion = res("LawVersion");
    public static final Resource LawWork = res("LawWork");
    public static final Resource LegalBasis = res("LegalBasis");
    public static final Resource Paragraph = res("Paragraph");
    public static final Resource Provision = res("Provision");
    public static final Resource Section = res("Section");
    public static final Resource UnresolvedInstrument = res("UnresolvedInstrument");
    public static final Property amends = prop("amends");
    public static final Property basisOf = prop("basisOf");
    public static final Property citedInstrument = prop("citedInstrument");
    public static final Property citedText = prop("citedText");
    public static final Property citingItem = prop("citingItem");
    public static final Property flkId = prop("flkId");
    public static final Property hasVersion = prop("hasVersion");
    public static final Property level = prop("level");
    public static final Property linkKind = prop("linkKind");
    public static final Property nationalDatabasePage = prop("nationalDatabasePage");
    public static final Property noBasisReason = prop("noBasisReason");
    public static final Property numberZh = prop("numberZh");
    public static final Property ordinal = prop("ordinal");
    public static final Property provenance = prop("provenance");
    public static final Property provision = prop("provision");
    public static final Property quote = prop("quote");
    public static final Property rationale = prop("rationale");
    public static final Property replaces = prop("replaces");
    public static final Property resolved = prop("resolved");
    public static final Property restsOn = prop("restsOn");
    public static final Property verified = prop("verified");
    public static final Property versionOf = prop("versionOf");

    private Yf() {
    }

    public static Resource res(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
