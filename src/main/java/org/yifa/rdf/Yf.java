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

    private Yf() {
    }

    public static Resource res(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
