package org.yifa.assessment;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/**
 * A municipal department that a test writes into the store (graph {@code …/graph/test-{id}}) and removes
 * again with its evidence graph and its rounds.
 */
record TestUnit(String id) {

    /** The header row of an evidence ledger (CSV), every column of the template. */
    static final String EVIDENCE = "record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by\n";

    String graph() {
        return "https://w3id.org/yifa/graph/test-" + id;
    }

    /** Writes the unit, in service since 2000 (none given) or as {@code extra} Turtle about {@code <unit>} says. */
    TestUnit write(Dataset dataset, String extra) {
        Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/yifa/id/unit/%s> a yf:Unit ; yf:unitId "%s" ; skos:prefLabel "测试局 %s"@zh ;
                    yf:unitType <https://w3id.org/yifa/id/unit-type/municipal-department> ;
                    %s .
                """.formatted(id, id, id, extra == null ? "yf:unitValidFrom \"2000-01-01\"^^xsd:date" : extra), Lang.TURTLE)
                .parse(dataset.getNamedModel(graph()).getGraph()));
        return this;
    }

    /** Removes the unit, its evidence and its rounds of the years {@code from} to {@code to}. */
    void remove(Dataset dataset, int from, int to) {
        Txn.executeWrite(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            dsg.removeGraph(NodeFactory.createURI(graph()));
            dsg.removeGraph(NodeFactory.createURI("https://w3id.org/yifa/graph/evidence/" + id));
            for (int year = from; year <= to; year++) {
                dsg.removeGraph(NodeFactory.createURI(AssessmentRounds.graph(id, year)));
            }
        });
    }
}
