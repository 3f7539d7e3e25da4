package org.yifa.store.remote;

import java.util.List;

/**
 * A SPARQL 1.1 store that the tests run as a separate process (Fuseki, Virtuoso …), on a loopback port
 * that stays the same across restarts, so that a proxy in front of it keeps working.
 */
interface RemoteServer extends AutoCloseable {

    /** What the server is, for test names and messages, e.g. "Fuseki, union default graph". */
    String name();

    /** The loopback port it listens on. */
    int port();

    /** The query endpoint when the server is reached on {@code port} (its own, or a proxy's). */
    String queryUrl(int port);

    /** The update endpoint when the server is reached on {@code port}. */
    String updateUrl(int port);

    /** The service's properties for authentication ({@code yifa.store.username=…}), none if it needs none. */
    default List<String> credentials() {
        return List.of();
    }

    /** Whether its data survives {@link #kill()} and {@link #start()}: a store in memory loses it. */
    boolean durable();

    /** Starts the server (again, on the same data when durable) and waits until it answers. */
    void start() throws Exception;

    /** Kills the process at once, as a crash would. */
    void kill() throws Exception;

    @Override
    default void close() throws Exception {
        kill();
    }
}
