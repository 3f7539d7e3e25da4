package org.yifa.store.load;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The store's own queries ({@code queries/store-*.rq}, {@code # public: false}: the remote store's and the start-up
 * check's), read here rather than through the query library, which sits above the store and lists them with the others.
 */
public final class InternalQueries {

    private InternalQueries() {
    }

    /** Parses {@code queries/<name>.rq}; a missing or broken file is a build error, so it fails loudly. */
    public static Query load(String name) {
        return QueryFactory.create(DataFiles.readText("queries/" + name + ".rq"));
    }
}
