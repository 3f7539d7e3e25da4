package org.yifa.store;

/**
 * The store cannot answer now: a remote store that is down, unreachable, or slower than
 * {@code yifa.store.remote-timeout}, or still being loaded. Answered with 503 and {@code Retry-After}.
 */
public class StoreUnavailableException extends RuntimeException {

    /** Seconds a client should wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
