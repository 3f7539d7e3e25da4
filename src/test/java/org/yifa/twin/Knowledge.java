package org.yifa.twin;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.yifa.rdf.Yf;

/** Copies of the store's graphs the twin reads, taken once per test JVM. */
final class Knowledge {

    static final List<String> GRAPHS = List.of("framework/model-unit-goals", "criteria", "inferred");

    private static Model knowledge;

    private Knowledge() {
    }

    /** The framework, criteria and closure graphs, in memory. */
    static synchronized Model of(Dataset store) {
        if (knowledge == null) {
            knowledge = ModelFactory.createDefaultModel();
            Txn.executeRead(store, () -> GRAPHS.forEach(g -> knowledge.add(store.getNamedModel(Yf.GRAPH + g))));
        }
        return knowledge;
    }

    /** A named graph of the store, in memory. */
    static Model graph(Dataset store, String name) {
        Model copy = ModelFactory.createDefaultModel();
        Txn.executeRead(store, () -> copy.add(store.getNamedModel(Yf.GRAPH + name)));
        return copy;
    }
}
