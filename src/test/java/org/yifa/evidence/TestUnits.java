package org.yifa.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.yifa.rdf.Yf;

/**
 * Units for tests, until the demo city is in the store: each is the fixture
 * {@code evidence/unit.ttl} with a fresh id, written into a named graph of its own; {@link #close()}
 * removes those graphs and whatever was uploaded for the units, so other test classes sharing the
 * store see nothing of them.
 */
final class TestUnits implements AutoCloseable {

    private final Dataset dataset;
    private final List<String> ids = new ArrayList<>();

    TestUnits(Dataset dataset) {
        this.dataset = dataset;
    }

    /** A new unit of type municipal-department; returns its id. */
    String create() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        write(graph(id), Fixtures.text("unit.ttl", id));
        ids.add(id);
        return id;
    }

    /** Writes Turtle into a named graph, as another source (e.g. the demo city) would. */
    void write(String graph, String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(graph).add(model));
    }

    static String graph(String unitId) {
        return Yf.GRAPH + "test/unit/" + unitId;
    }

    static String iri(String unitId) {
        return Yf.ID + "unit/" + unitId;
    }

    @Override
    public void close() {
        Txn.executeWrite(dataset, () -> {
            for (String id : ids) {
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(graph(id)));
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(Yf.GRAPH + "evidence/" + id));
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(Yf.GRAPH + "test/other/" + id));
            }
        });
        ids.clear();
    }

    /** Every quad in the store, to show that a rejected upload changed nothing. */
    static long quads(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
