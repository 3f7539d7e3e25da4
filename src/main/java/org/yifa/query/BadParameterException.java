package org.yifa.query;

/**
 * A parameter value a query cannot take (not an integer, not an IRI): the client's mistake wherever the value
 * came from, answered 400 by {@link BadParameterAdvice} on every endpoint.
 */
public class BadParameterException extends IllegalArgumentException {

    BadParameterException(String message) {
        super(message);
    }
}
