package org.yifa.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store, chosen by {@code yifa.store.mode}: the embedded TDB2 dataset that Spring and the embedded
 * Fuseki share (default), or a remote SPARQL 1.1 store. Only the embedded mode opens a TDB2 directory.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    /** The condition of the embedded mode's beans: {@code yifa.store.mode} unset or {@code embedded}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ConditionalOnProperty(name = "yifa.store.mode", havingValue = "embedded", matchIfMissing = true)
    @interface Embedded {
    }

    @Bean
    @Embedded
    EmbeddedStore embeddedStore(Dataset dataset) {
        return new EmbeddedStore(dataset);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "yifa.store.mode", havingValue = "remote")
    RemoteStore remoteStore(StoreProperties properties) {
        return new RemoteStore(properties);
    }

    @Bean(destroyMethod = "")
    @Embedded
    Dataset dataset(StoreProperties properties, SearchProperties search) {
        try {
            Files.createDirectories(properties.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create store directory " + properties.dir(), e);
        }
        Dataset dataset = TDB2Factory.connectDataset(properties.dir().toString());
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
    @Embedded
    AutoCloseable storeRelease(Dataset dataset) {
        return () -> {
            TextIndexing.close(dataset);
            TDBInternal.expel(TextIndexing.base(dataset));
        };
    }
}
