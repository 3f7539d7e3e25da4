package org.yifa.store;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;

/**
 * Brings every {@link GraphSource} up to date before the service takes requests. A graph is
 * rebuilt only when its source's fingerprint changed, and each rebuild replaces the graph and its
 * fingerprint in one write transaction, so a failed build leaves the previous graph as it was.
 */
@Component
public class StoreLoader implements SmartInitializingSingleton {

    /** Holds one {@code <graph> yf:sha256 "fingerprint"} triple per loaded graph. */
    public static final String META_GRAPH = Yf.GRAPH + "meta";

    private static final Logger log = LoggerFactory.getLogger(StoreLoader.class);

    private final Dataset dataset;
    private final List<GraphSource> sources;

    StoreLoader(Dataset dataset, List<GraphSource> sources) {
        this.dataset = dataset;
        this.sources = sources.stream().sorted(Comparator.comparingInt(GraphSource::order)).toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        sources.forEach(this::refresh);
    }

    /** Rebuilds {@code source}'s graph if its inputs changed; returns whether it did. */
    public boolean refresh(GraphSource source) {
        String fingerprint = source.fingerprint();
        Node graph = NodeFactory.createURI(source.graphIri());
        if (fingerprint.equals(Txn.calculateRead(dataset, () -> storedFingerprint(graph)))) {
            log.info("{} is current", source.graphIri());
            return false;
        }
        long start = System.nanoTime();
        Model model = Txn.calculateRead(dataset, () -> source.build(dataset));
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(graph);
            dsg.addGraph(graph, model.getGraph());
            Node meta = NodeFactory.createURI(META_GRAPH);
            dsg.deleteAny(meta, graph, Yf.sha256.asNode(), Node.ANY);
            dsg.add(meta, graph, Yf.sha256.asNode(), NodeFactory.createLiteralString(fingerprint));
        });
        log.info("Loaded {}: {} triples in {} ms", source.graphIri(), model.size(),
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    private String storedFingerprint(Node graph) {
        var it = dataset.asDatasetGraph().find(NodeFactory.createURI(META_GRAPH), graph, Yf.sha256.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
