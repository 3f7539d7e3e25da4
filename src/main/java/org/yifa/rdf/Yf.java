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

    // Assessment rounds, findings and reasons.
    public static final Resource AssessmentRound = res("AssessmentRound");
    public static final Resource Finding = res("Finding");
    public static final Resource Reason = res("Reason");
    public static final Property eligible = prop("eligible");
    public static final Property finding = prop("finding");
    public static final Property found = prop("found");
    public static final Property hasReason = prop("hasReason");
    public static final Property item = prop("item");
    public static final Property reasonKind = prop("reasonKind");
    public static final Property required = prop("required");
    public static final Property status = prop("status");
    public static final Property vetoedBy = prop("vetoedBy");

    // The audit log.
    public static final Resource AuditEntry = res("AuditEntry");
    public static final Property action = prop("action");
    public static final Property target = prop("target");

    // Kinds of link between an item and a provision.
    public static final Resource Cites = res("Cites");
    public static final Resource Implements = res("Implements");
    public static final Resource Parallels = res("Parallels");
    public static final Resource Restates = res("Restates");

    // Criteria, their evidence requirements, rules and veto events.
    public static final Resource CompetenceBasis = res("CompetenceBasis");
    public static final Resource Criterion = res("Criterion");
    public static final Resource EventCondition = res("EventCondition");
    public static final Resource EventTypes = res("EventTypes");
    public static final Resource EvidenceRequirement = res("EvidenceRequirement");
    public static final Resource EvidenceTypes = res("EvidenceTypes");
    public static final Resource PeriodException = res("PeriodException");
    public static final Resource PeriodRule = res("PeriodRule");
    public static final Resource UnitTypes = res("UnitTypes");
    public static final Resource VetoEventType = res("VetoEventType");
    public static final Property appliesTo = prop("appliesTo");
    public static final Property binds = prop("binds");
    public static final Property competenceProvision = prop("competenceProvision");
    public static final Property competenceQuote = prop("competenceQuote");
    public static final Property condition = prop("condition");
    public static final Property criterionOf = prop("criterionOf");
    public static final Property deadline = prop("deadline");
    public static final Property eventType = prop("eventType");
    public static final Property evidenceType = prop("evidenceType");
    public static final Property except = prop("except");
    public static final Property exceptionPhrase = prop("exceptionPhrase");
    public static final Property exceptionReason = prop("exceptionReason");
    public static final Property judgement = prop("judgement");
    public static final Property minCount = prop("minCount");
    public static final Property obligation = prop("obligation");
    public static final Property per = prop("per");
    public static final Property perEvent = prop("perEvent");
    public static final Property periodException = prop("periodException");
    public static final Property provisionalValidityYears = prop("provisionalValidityYears");
    public static final Property recordedBy = prop("recordedBy");
    public static final Property requiresEvidence = prop("requiresEvidence");
    public static final Property responsible = prop("responsible");
    public static final Property responsibleBasis = prop("responsibleBasis");
    public static final Property rule = prop("rule");
    public static final Property rulePhrase = prop("rulePhrase");
    public static final Property scopeWords = prop("scopeWords");
    public static final Property since = prop("since");
    public static final Property sourceSentence = prop("sourceSentence");
    public static final Property triggerWords = prop("triggerWords");
    public static final Property validityYears = prop("validityYears");
    public static final Property vetoAppliesTo = prop("vetoAppliesTo");
    public static final Property vetoEvent = prop("vetoEvent");
    public static final Property vetoScopeWords = prop("vetoScopeWords");
    public static final Property windowYears = prop("windowYears");

    // Evidence: uploads, records, judgements, events.
    public static final Resource EventStatement = res("EventStatement");
    public static final Resource EvidenceRecord = res("EvidenceRecord");
    public static final Resource Judgement = res("Judgement");
    public static final Resource Upload = res("Upload");
    public static final Resource VetoEvent = res("VetoEvent");
    public static final Property criterion = prop("criterion");
    public static final Property forCriterion = prop("forCriterion");
    public static final Property occurrences = prop("occurrences");
    public static final Property provisional = prop("provisional");
    public static final Property reason = prop("reason");
    public static final Property recordId = prop("recordId");
    public static final Property statement = prop("statement");
    public static final Property unit = prop("unit");
    public static final Property upload = prop("upload");
    public static final Property url = prop("url");
    public static final Property validUntil = prop("validUntil");
    public static final Property verdict = prop("verdict");
    public static final Property vetoEventType = prop("vetoEventType");
    public static final Property year = prop("year");

    // Laws the catalog lists but data/laws/ does not hold.
    public static final Resource UnheldVersion = res("UnheldVersion");
    public static final Property catalogStatus = prop("catalogStatus");
    public static final Property unheldVersionOf = prop("unheldVersionOf");

    // Units and their kinds over time.
    public static final Resource Unit = res("Unit");
    public static final Resource UnitTypesPeriod = res("UnitTypesPeriod");
    public static final Property creditCode = prop("creditCode");
    public static final Property formerUnitType = prop("formerUnitType");
    public static final Property formerUnitTypes = prop("formerUnitTypes");
    public static final Property kindsUntil = prop("kindsUntil");
    public static final Property unitId = prop("unitId");
    public static final Property unitType = prop("unitType");
    public static final Property unitValidFrom = prop("unitValidFrom");
    public static final Property unitValidUntil = prop("unitValidUntil");

    private Yf() {
    }

    public static Resource res(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
