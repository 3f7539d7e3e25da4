package org.yifa.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which store the service uses and how it reaches it.
 *
 * @param dir           TDB2 directory of the embedded store ({@code yifa.store.dir}); one JVM at a time may own it
 * @param queryTimeout  overall limit for one SPARQL query on the embedded store ({@code yifa.store.query-timeout})
 * @param mode          {@code embedded} (TDB2 + Fuseki in this JVM, the default) or {@code remote} (an external
 *                      SPARQL 1.1 store) ({@code yifa.store.mode})
 * @param queryUrl      remote: the SPARQL query endpoint, e.g. {@code http://fuseki:3030/yifa/query} ({@code yifa.store.query-url})
 * @param updateUrl     remote: the SPARQL Update endpoint, e.g. {@code http://fuseki:3030/yifa/update} ({@code yifa.store.update-url})
 * @param username      remote: user for HTTP basic authentication, if the store needs one ({@code yifa.store.username})
 * @param password      remote: its password ({@code yifa.store.password})
 * @param remoteTimeout remote: connect and read timeout of one request; past it the caller gets 503
 *                      ({@code yifa.store.remote-timeout})
 * @param batchSize     remote: triples per INSERT DATA request when a graph is loaded ({@code yifa.store.batch-size})
 */
@ConfigurationProperties("yifa.store")
public record StoreProperties(
        @DefaultValue("run/store") Path dir,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("embedded") Mode mode,
        URI queryUrl,
        URI updateUrl,
        String username,
        String password,
        @DefaultValue("10s") Duration remoteTimeout,
        @DefaultValue("5000") int batchSize) {

    /** Where the store lives. */
    public enum Mode {
        EMBEDDED, REMOTE
    }
}
