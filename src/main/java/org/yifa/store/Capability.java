package org.yifa.store;

/**
 * What a store may or may not offer beyond SPARQL 1.1, asked through {@link Store#supports} so that
 * callers never ask which store they have (as RDF4J's {@code RepositoryConnection} serves every backend).
 */
public enum Capability {

    /** Jena text's {@code text:query} over the Lucene index: the embedded TDB2 store only. */
    TEXT_INDEX("text search (text:query over the Lucene text index)"),

    /**
     * Freeing the disk that earlier versions of the data take ({@link Store#compact}): TDB2 writes copy-on-write
     * and keeps every block a write replaced until the store is compacted. The embedded TDB2 store only.
     */
    COMPACTION("compaction (TDB2 freeing the disk space that earlier versions of the data take)");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability is, in words for an error message. */
    public String description() {
        return description;
    }
}
