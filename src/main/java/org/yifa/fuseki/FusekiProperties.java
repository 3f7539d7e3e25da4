package org.yifa.fuseki;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Fuseki that serves the store, read-only, on loopback.
 *
 * @param enabled  {@code yifa.fuseki.enabled}
 * @param port     {@code yifa.fuseki.port}; 0 picks a free port
 * @param dataset  dataset path, so the query endpoint is {@code http://127.0.0.1:port/yifa/sparql}
 */
@ConfigurationProperties("yifa.fuseki")
public record FusekiProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3030") int port,
        @DefaultValue("/yifa") String dataset) {
}
