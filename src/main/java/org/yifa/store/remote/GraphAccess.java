package org.yifa.store.remote;

import org.apache.jena.query.Query;

/**
 * How queries reach the union of Yifa's named graphs on a remote store, told once per store
 * ({@link RemoteStore#access()}) and logged.
 */
enum GraphAccess {

    /** The store's default graph holds Yifa's named graphs (Fuseki with a union default graph, Virtuoso): queries go as they are. */
    DEFAULT_GRAPH("The store's default graph is the union of Yifa's named graphs: queries go as they are") {
        @Override
        Query apply(Query query) {
            return query;
        }
    },

    /**
     * The default graph is a graph of its own, but the store answers Jena's name for the union of its named graphs
     * (a stock Fuseki): each query reads its default graph there ({@link JenaUnionGraph}).
     */
    JENA_UNION_GRAPH("The store's default graph is not the union of Yifa's named graphs, but the store knows Jena's "
            + "union graph <urn:x-arq:UnionGraph>: queries read their default graph from it") {
        @Override
        Query apply(Query query) {
            return JenaUnionGraph.wrap(query);
        }
    },

    /** Neither: every triple pattern names Yifa's graphs ({@link UnionOfNamedGraphs}); any SPARQL 1.1 store. */
    NAMED_GRAPHS("The store's default graph is not the union of Yifa's named graphs, nor does it know Jena's union "
            + "graph: queries name Yifa's graphs pattern by pattern") {
        @Override
        Query apply(Query query) {
            return UnionOfNamedGraphs.rewrite(query);
        }
    };

    private final String logged;

    GraphAccess(String logged) {
        this.logged = logged;
    }

    /** What the log says when the store is found to be so. */
    String logged() {
        return logged;
    }

    /** {@code query} as it must be sent to read the union of Yifa's named graphs here; {@code query} is not changed. */
    abstract Query apply(Query query);
}
