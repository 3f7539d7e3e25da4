package org.yifa.store.remote;

import java.net.URI;

import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.yifa.store.StoreProperties;

/**
 * The store's user and password ({@code yifa.store.username}, {@code yifa.store.password}) for the hosts of
 * its query and update endpoints only, whatever scheme the store challenges with (Basic, Digest).
 */
final class StoreCredentials {

    private StoreCredentials() {
    }

    static CredentialsProvider provider(StoreProperties properties) {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        if (properties.username() == null || properties.username().isBlank()) {
            return provider;
        }
        UsernamePasswordCredentials credentials = new UsernamePasswordCredentials(properties.username(),
                properties.password() == null ? "" : properties.password());
        for (URI endpoint : new URI[] {properties.queryUrl(), properties.updateUrl()}) {
            provider.setCredentials(new AuthScope(endpoint.getHost(), port(endpoint)), credentials);
        }
        return provider;
    }

    private static int port(URI endpoint) {
        return endpoint.getPort() != -1 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }
}
