package org.yifa.query;

import org.yifa.store.Capability;
import org.yifa.store.CapabilityMissingException;

/**
 * A query of the library that the store cannot run: full-text search ({@code text:query}) needs the
 * embedded store's text index, which a remote SPARQL store does not have ({@code /api/search} degrades instead).
 */
public class QueryNotAvailableException extends CapabilityMissingException {

    public QueryNotAvailableException(String name) {
        super(Capability.TEXT_INDEX, "Query " + name + " uses the text index (text:query) of the embedded store, which this service, running on "
                + "a remote SPARQL store, does not have; use /api/search, which matches substrings there");
    }
}
