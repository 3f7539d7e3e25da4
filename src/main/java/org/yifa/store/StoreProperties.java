package org.yifa.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded store lives and how it is served.
 *
 * @param dir           TDB2 directory ({@code yifa.store.dir}); one JVM at a time may own it
 * @param queryTimeout  overall limit for one SPARQL query ({@code yifa.store.query-timeout})
 */
@ConfigurationProperties("yifa.store")
public record StoreProperties(
        @DefaultValue("run/store") Path dir,
        @DefaultValue("30s") Duration queryTimeout) {
}
