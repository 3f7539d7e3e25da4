package org.yifa.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yifa.store.StoreProperties;

/**
 * The embedded store ({@code yifa.store.mode} unset or {@code embedded}): the TDB2 dataset, wrapped in the
 * text index, that Spring and the embedded Fuseki share. Only this mode opens a TDB2 directory; the remote
 * mode is {@code RemoteStoreConfig}.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedStoreConfig {

    @Bean
    @OnEmbeddedStore
    EmbeddedStore embeddedStore(Dataset dataset) {
        return new EmbeddedStore(dataset);
    }

    @Bean(destroyMethod = "")
    @OnEmbeddedStore
    Dataset dataset(StoreProperties properties, SearchProperties search, TdbFileProperties files) {
        try {
            Files.createDirectories(properties.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create store directory " + properties.dir(), e);
        }
        files.apply();
        Dataset dataset = TDB2Factory.connectDataset(properties.dir().toString());
        // TDB2 decodes a term from its node file with a read per byte; NodeReadBuffer says why and what it changes.
        NodeReadBuffer.install(dataset.asDatasetGraph());
        // Queries without GRAPH see every named graph: framework, laws and links together.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        long timeout = properties.queryTimeout().toMillis();
        dataset.getContext().set(ARQ.queryTimeout, Math.min(timeout, 10_000) + "," + timeout);
        // The text index wraps the store: whatever is written through this one Dataset (loads, graph
        // rebuilds) is indexed in the same transaction, for Spring and Fuseki alike.
        return TextIndexing.wrap(dataset, search.indexDir(properties.dir()));
    }

    /** Releases the directory on shutdown so that the same JVM (tests) may open it again. */
    @Bean
    @OnEmbeddedStore
    AutoCloseable storeRelease(Dataset dataset) {
        return () -> {
            TextIndexing.close(dataset);
            TDBInternal.expel(TextIndexing.base(dataset));
        };
    }
}
