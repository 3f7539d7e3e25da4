package org.yifa.store.remote;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A remote store seen as a Jena dataset for {@link GraphSource#build}: a named graph is fetched whole
 * the first time it is asked for and kept in memory for the rest of the build.
 */
final class RemoteView extends DatasetGraphWrapper {

    private final RemoteStore store;
    private final Set<Node> fetched = new HashSet<>();

    RemoteView(RemoteStore store) {
        super(DatasetGraphFactory.createGeneral());
        this.store = store;
    }

    @Override
    public Graph getGraph(Node graphNode) {
        synchronized (fetched) {
            if (fetched.add(graphNode)) {
                get().addGraph(graphNode, store.graph(graphNode.getURI()));
            }
        }
        return get().getGraph(graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return store.union();
    }
}
