package org.yifa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yifa.store.load.StoreCheck;
import org.yifa.store.remote.FusekiServer;
import org.yifa.store.remote.RemoteStore;
import org.yifa.testing.SlowTest;

/**
 * The start-up check of a store: a store that serves passes it and keeps nothing of the probe, a stock Fuseki
 * ({@code --mem --update}, whose default graph is a graph of its own) included; a store that takes no writes is
 * refused with the sentence naming the setting, and keeps nothing either.
 */
@SlowTest
class StoreCheckTest {

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void aStoreThatServesPassesAndKeepsNoProbe(StoreFixture.Backend backend) {
        Store store = backend.store();
        StoreCheck.check(store);
        assertThat(store.graphs()).noneMatch(g -> g.startsWith(StoreCheck.PROBE_GRAPHS));
    }

    @Test
    void aStockFusekiWhoseDefaultGraphIsNotTheUnionPasses() throws Exception {
        try (FusekiServer stock = new FusekiServer(Path.of("target/test-store/stock-fuseki-" + UUID.randomUUID()), false);
                RemoteStore store = stock(stock, stock.updateUrl())) {
            StoreCheck.check(store);
            assertThat(store.graphs()).as("the probe graph is removed").isEmpty();
        }
    }

    @Test
    void aStoreThatTakesNoWritesIsRefusedNamingTheSetting() throws Exception {
        try (FusekiServer stock = new FusekiServer(Path.of("target/test-store/stock-fuseki-" + UUID.randomUUID()), false);
                RemoteStore store = stock(stock, stock.queryUrl())) {
            assertThatThrownBy(() -> StoreCheck.check(store))
                    .isInstanceOf(StoreCheck.StoreCannotServeException.class)
                    .hasMessageContaining("The store refused a write")
                    .hasMessageContaining("yifa.store.update-url");
            assertThat(store.graphs()).isEmpty();
        }
    }

    /** A remote store on {@code server}, started, that sends its updates to {@code updateUrl}. */
    private static RemoteStore stock(FusekiServer server, String updateUrl) throws Exception {
        server.start();
        return new RemoteStore(new StoreProperties(Path.of("target/test-store/unused"), Duration.ofSeconds(30),
                StoreProperties.Mode.REMOTE, URI.create(server.queryUrl()), URI.create(updateUrl), null, null,
                Duration.ofSeconds(10), 5000));
    }
}
