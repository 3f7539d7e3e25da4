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
 * The start-up check of a store: a store that serves passes it and keeps nothing of the probe; a stock Fuseki
 * ({@code --mem --update}, whose default graph is not the union of the named graphs) is refused with the
 * sentence naming the setting, and keeps nothing of the probe either.
 */
@SlowTest
class StoreCheckTest {

    @ParameterizedTest
    @MethodSource("org.yifa.store.StoreFixture#backends")
    void aStoreThatServesPassesAndKeepsNoProbe(StoreFixture.Backend backend) {
        Store store = backend.store();
        StoreCheck.check(store);
        assertThat(store.graphs()).noneMatch(g -> g.startsWith("urn:yifa:store-check:"));
    }

    @Test
    void aStockFusekiWithoutTheUnionDefaultGraphIsRefusedNamingTheSetting() throws Exception {
        try (FusekiServer stock = new FusekiServer(Path.of("target/test-store/stock-fuseki-" + UUID.randomUUID()), false)) {
            stock.start();
            RemoteStore store = new RemoteStore(new StoreProperties(Path.of("target/test-store/unused"),
                    Duration.ofSeconds(30), StoreProperties.Mode.REMOTE, URI.create(stock.queryUrl()),
                    URI.create(stock.updateUrl()), null, null, Duration.ofSeconds(10), 5000));
            try {
                assertThatThrownBy(() -> StoreCheck.check(store))
                        .isInstanceOf(StoreCheck.StoreCannotServeException.class)
                        .hasMessageContaining("default graph is not the union of its named graphs")
                        .hasMessageContaining("tdb2:unionDefaultGraph true");
                assertThat(store.graphs()).as("the probe graph is removed").isEmpty();
            } finally {
                store.close();
            }
        }
    }
}
