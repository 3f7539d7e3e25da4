package org.yifa.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.yifa.store.embedded.OnEmbeddedStore;

/**
 * The embedded Fuseki: query and Graph Store read endpoints over the shared dataset, loopback only.
 * Updates are not offered here; writes go through the service.
 */
@Component
@OnEmbeddedStore
public class FusekiEndpoint implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FusekiEndpoint.class);

    private final Dataset dataset;
    private final FusekiProperties properties;
    private FusekiServer server;

    FusekiEndpoint(Dataset dataset, FusekiProperties properties) {
        this.dataset = dataset;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        server = FusekiServer.create()
                .loopback(true)
                .port(properties.port())
                .add(properties.dataset(), dataset.asDatasetGraph(), false)
                .build()
                .start();
        log.info("Fuseki serves the store read-only at {}", queryUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/yifa/sparql}. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/yifa}. */
    public String datasetUrl() {
        if (server == null) {
            throw new IllegalStateException("Fuseki is not running (yifa.fuseki.enabled=false?)");
        }
        return "http://127.0.0.1:" + server.getHttpPort() + properties.dataset();
    }
}
