package org.yifa.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.yifa.testing.Prefixes;

/**
 * Two units of a test city in their own graph: a municipal department with two training records in
 * 2025 (one of them titled with markup, which must show as text), and a district government with a
 * veto event in 2025.
 */
final class WebFixture {

    static final String GRAPH = "https://w3id.org/yifa/graph/test-web";
    static final String DEPARTMENT = "web-sfj";
    static final String DEPARTMENT_NAME = "网页测试司法局";
    static final String DISTRICT = "web-qx";
    static final String DISTRICT_NAME = "网页测试区政府";
    static final String MARKUP_TITLE = "<b>法治</b>专题培训班";
    static final String VETO_TITLE = "规范性文件被责令纠正";

    private static final String TURTLE = Prefixes.TURTLE + """
            u:web-sfj a yf:Unit ; yf:unitId "web-sfj" ; skos:prefLabel "%s"@zh ; yf:unitType ut:municipal-department .
            u:web-qx a yf:Unit ; yf:unitId "web-qx" ; skos:prefLabel "%s"@zh ; yf:unitType ut:district-government .
            <https://w3id.org/yifa/id/evidence/web-sfj/t1> a yf:EvidenceRecord ; yf:unit u:web-sfj ; yf:recordId "t1" ;
                yf:evidenceType et:leadership-law-class ; dcterms:date "2025-05-10"^^xsd:date ; dcterms:title "%s"@zh ;
                yf:forCriterion c:7.4-1 .
            <https://w3id.org/yifa/id/evidence/web-sfj/t2> a yf:EvidenceRecord ; yf:unit u:web-sfj ; yf:recordId "t2" ;
                yf:evidenceType et:leadership-law-class ; dcterms:date "2025-06-01"^^xsd:date ; dcterms:title "法治专题培训班（二）"@zh .
            <https://w3id.org/yifa/id/veto/web-qx/v1> a yf:VetoEvent ; yf:unit u:web-qx ; yf:recordId "v1" ;
                yf:vetoEventType <https://w3id.org/yifa/id/model-unit-goals/veto-event/9.2> ;
                dcterms:date "2025-03-01"^^xsd:date ; dcterms:title "%s"@zh .
            """.formatted(DEPARTMENT_NAME, DISTRICT_NAME, MARKUP_TITLE, VETO_TITLE);

    private WebFixture() {
    }

    static void write(Dataset dataset) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(graph);
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(GRAPH));
            dataset.asDatasetGraph().addGraph(NodeFactory.createURI(GRAPH), graph);
        });
    }

    /** Drops what was uploaded for a unit (the intake keeps each unit's uploads in a graph of its own). */
    static void removeUploads(Dataset dataset, String unitId) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph()
                .removeGraph(NodeFactory.createURI("https://w3id.org/yifa/graph/evidence/" + unitId)));
    }

    /** Removes the units, and the assessment rounds and uploads stored for them while the tests ran. */
    static void remove(Dataset dataset) {
        Txn.executeWrite(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            List<org.apache.jena.graph.Node> left = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                String iri = g.isURI() ? g.getURI() : "";
                if (iri.equals(GRAPH) || List.of(DEPARTMENT, DISTRICT).stream().anyMatch(u ->
                        iri.startsWith("https://w3id.org/yifa/graph/assessment/" + u + "/")
                                || iri.equals("https://w3id.org/yifa/graph/evidence/" + u))) {
                    left.add(g);
                }
            });
            left.forEach(dsg::removeGraph);
        });
    }
}
