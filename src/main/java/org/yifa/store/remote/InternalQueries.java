package org.yifa.store.remote;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.yifa.store.load.DataFiles;

/**
 * The remote store's own queries ({@code queries/store-*.rq}, {@code # public: false}), read here rather
 * than through the query library, which sits above the store and lists them with the others.
 */
final class InternalQueries {

    private InternalQueries() {
    }

    /** Parses {@code queries/<name>.rq}; a missing or broken file is a build error, so it fails loudly. */
    static Query load(String name) {
        return QueryFactory.create(DataFiles.readText("queries/" + name + ".rq"));
    }
}
