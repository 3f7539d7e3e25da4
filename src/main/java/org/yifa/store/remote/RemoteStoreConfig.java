package org.yifa.store.remote;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yifa.store.StoreProperties;

/** The remote store ({@code yifa.store.mode=remote}): an external SPARQL 1.1 store reached through RDF4J. */
@Configuration(proxyBeanMethods = false)
class RemoteStoreConfig {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "yifa.store.mode", havingValue = "remote")
    RemoteStore remoteStore(StoreProperties properties) {
        return new RemoteStore(properties);
    }
}
