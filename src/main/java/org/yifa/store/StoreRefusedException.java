package org.yifa.store;

/** A remote store refused or failed a request that it received: a query it does not support, an error of its own. */
public class StoreRefusedException extends RuntimeException {

    public StoreRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
