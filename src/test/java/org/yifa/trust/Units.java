package org.yifa.trust;

import java.nio.file.Path;
import java.util.Collection;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.yifa.rdf.Yf;

/**
 * Units for the trust tests, written as the demo city would be: each into a named graph of its own
 * (the service reads units from the store only). {@code trust/unit.ttl} is the template.
 */
final class Units {

    private Units() {
    }

    static String graph(String unitId) {
        return Yf.GRAPH + "test/unit/" + unitId;
    }

    static String iri(String unitId) {
        return Yf.ID + "unit/" + unitId;
    }

    static String evidenceGraph(String unitId) {
        return Yf.GRAPH + "evidence/" + unitId;
    }

    /** Writes the units into {@code dataset}, one graph each. */
    static void write(Dataset dataset, Collection<String> unitIds) {
        Txn.executeWrite(dataset, () -> {
            for (String id : unitIds) {
                Model model = ModelFactory.createDefaultModel();
                RDFParser.fromString(Resources.text("unit.ttl").replace("{unit}", id), Lang.TURTLE).parse(model);
                dataset.getNamedModel(graph(id)).add(model);
            }
        });
    }

    /** Removes the units and everything uploaded for them. */
    static void remove(Dataset dataset, Collection<String> unitIds) {
        Txn.executeWrite(dataset, () -> {
            for (String id : unitIds) {
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(graph(id)));
                dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(evidenceGraph(id)));
            }
        });
    }

    /**
     * Creates a TDB2 store in {@code dir} holding only the units, and releases the directory, so that
     * a separate JVM can open it and load everything else on start-up.
     */
    static void prepareStore(Path dir, Collection<String> unitIds) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        try {
            write(dataset, unitIds);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
