package org.yifa.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.yifa.rdf.Yf;

/**
 * The floor: the least any assessment of the whole city must do — read every evidence record's type
 * once. One read transaction iterates every {@code yf:evidenceType} quad of the city's graphs and buckets the
 * types by unit (the unit id is the path segment the record IRI {@code …/evidence/{unitId}/{recordId}}
 * carries, so no second lookup is made).
 */
final class ScanFloor {

    private static final String EVIDENCE = Yf.ID + "evidence/";

    private ScanFloor() {
    }

    /** Answers the number of records seen; the buckets are built and dropped. */
    static long scan(Dataset dataset, List<String> graphs) {
        Node evidenceType = Yf.prop("evidenceType").asNode();
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, List<Node>> byUnit = new HashMap<>();
            long n = 0;
            for (String graph : graphs) {
                var quads = dsg.find(NodeFactory.createURI(graph), Node.ANY, evidenceType, Node.ANY);
                while (quads.hasNext()) {
                    var q = quads.next();
                    String record = q.getSubject().getURI();
                    String unit = record.startsWith(EVIDENCE)
                            ? record.substring(EVIDENCE.length(), record.indexOf('/', EVIDENCE.length())) : "";
                    byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(q.getObject());
                    n++;
                }
            }
            return n;
        });
    }
}
