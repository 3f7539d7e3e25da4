package org.yifa.store.remote;

import java.nio.file.Path;

/**
 * The remote-store contract on a stock Fuseki, {@code fuseki-server --mem --update /ds}: its default graph is a graph
 * of its own, so the service reads Jena's union graph ({@link JenaUnionGraph}). In memory, so the crash part of the
 * contract is a reload and is left out.
 */
class StockFusekiTest extends RemoteStoreContract {

    @Override
    RemoteServer server(Path dir) throws Exception {
        return new FusekiServer(dir, false);
    }

    @Override
    GraphAccess access() {
        return GraphAccess.JENA_UNION_GRAPH;
    }
}
