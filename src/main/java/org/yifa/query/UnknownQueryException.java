package org.yifa.query;

/** A query name that is not in the library. */
public class UnknownQueryException extends RuntimeException {

    public UnknownQueryException(String name) {
        super("No query named '" + name + "' in the library");
    }
}
