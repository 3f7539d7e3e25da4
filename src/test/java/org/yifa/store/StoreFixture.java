package org.yifa.store;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.yifa.store.embedded.EmbeddedStore;
import org.yifa.store.remote.FusekiServer;
import org.yifa.store.remote.RemoteStore;

/**
 * The stores a test of the seam runs against, reached only through {@link Store} and {@link GraphLoading}:
 * the embedded TDB2 store (a directory of its own) and the remote store on a real, separate Fuseki process
 * ({@link FusekiServer}), each made once per test JVM and shut down with it. A test takes them as
 * {@code @ParameterizedTest @MethodSource("org.yifa.store.StoreFixture#backends")}; {@code -Dyifa.test.stores=embedded}
 * (or {@code remote}) runs it on one only.
 */
public final class StoreFixture {

    /** One store under test, named for the test report. */
    public record Backend(String name, Store store, GraphLoading loading) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Backend embedded;
    private static Backend remote;

    private StoreFixture() {
    }

    /** The chosen stores: {@code yifa.test.stores}, a comma-separated list, both by default. */
    public static Stream<Backend> backends() {
        List<String> chosen = Arrays.stream(System.getProperty("yifa.test.stores", "embedded,remote").split(","))
                .map(String::strip).toList();
        return chosen.stream().map(name -> switch (name) {
            case "embedded" -> embedded();
            case "remote" -> remote();
            default -> throw new IllegalArgumentException("yifa.test.stores: no store '" + name + "' (embedded, remote)");
        });
    }

    static synchronized Backend embedded() {
        if (embedded == null) {
            Dataset dataset = TDB2Factory.connectDataset("target/test-store/fixture-" + UUID.randomUUID());
            // As EmbeddedStoreConfig opens it: the default graph is the union of the named graphs.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            EmbeddedStore store = new EmbeddedStore(dataset);
            embedded = new Backend("embedded", store, store);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TDBInternal.expel(dataset.asDatasetGraph())));
        }
        return embedded;
    }

    static synchronized Backend remote() {
        if (remote == null) {
            try {
                FusekiServer fuseki = new FusekiServer(Path.of("target/test-store/fixture-fuseki-" + UUID.randomUUID()));
                fuseki.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        fuseki.close();
                    } catch (Exception e) {
                        // The JVM is ending anyway.
                    }
                }));
                RemoteStore store = new RemoteStore(new StoreProperties(Path.of("target/test-store/unused"),
                        Duration.ofSeconds(30), StoreProperties.Mode.REMOTE, URI.create(fuseki.queryUrl()),
                        URI.create(fuseki.updateUrl()), null, null, Duration.ofSeconds(10), 5000));
                remote = new Backend("remote", store, store);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the remote store for the test: " + e.getMessage(), e);
            }
        }
        return remote;
    }
}
