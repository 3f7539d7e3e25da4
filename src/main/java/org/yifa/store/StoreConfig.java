package org.yifa.store;

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
import org.yifa.search.SearchProperties;
import org.yifa.search.TextIndexing;

/** Opens the one TDB2 dataset that Spring and the embedded Fuseki share. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    @Bean(destroyMethod = "")
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
    AutoCloseable storeRelease(Dataset dataset) {
        return () -> {
            TextIndexing.close(dataset);
            TDBInternal.expel(TextIndexing.base(dataset));
        };
    }
}
