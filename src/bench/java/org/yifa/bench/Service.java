package org.yifa.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.yifa.fuseki.FusekiEndpoint;
import org.yifa.store.remote.FusekiServer;

/**
 * The service under test, on its embedded store (a copy of the base store, the embedded Fuseki beside it)
 * or on a real, separate Fuseki process ({@code yifa.store.mode=remote}; {@link FusekiServer} of the tests:
 * TDB2, its default graph the union of the named graphs), into which the service's own start-up ingests the
 * checklist, laws, links and criteria.
 */
final class Service implements AutoCloseable {

    /** The remote store's JVM heap ({@code -Dbench.fuseki.heap}). */
    static final String FUSEKI_HEAP = System.getProperty("bench.fuseki.heap", "2g");
    /**
     * {@code yifa.store.remote-timeout} of the remote run ({@code -Dbench.remote.timeout}): reading every unit's
     * records in one request takes longer than the shipped 10 s at the medium city.
     */
    static final String REMOTE_TIMEOUT = System.getProperty("bench.remote.timeout", "60s");

    final ConfigurableApplicationContext context;
    private final FusekiServer remote;

    private Service(ConfigurableApplicationContext context, FusekiServer remote) {
        this.context = context;
        this.remote = remote;
    }

    static Service embedded(Path work, Map<String, Object> details) throws Exception {
        BaseStore.copyTo(work, details);
        Bench.log("starting the service on a fresh store in %s", work.resolve("store"));
        long start = System.nanoTime();
        ConfigurableApplicationContext context = BaseStore.start(work.resolve("store"), Map.of());
        details.put("service_start_ms", Bench.round((System.nanoTime() - start) / 1e6, 0));
        return new Service(context, null);
    }

    static Service remote(Path work, Map<String, Object> details) throws Exception {
        FusekiServer fuseki = new FusekiServer(work.resolve("fuseki"), true, FUSEKI_HEAP);
        Bench.log("starting Fuseki (-Xmx%s) on %s, then the service on it; the service ingests the reference data",
                FUSEKI_HEAP, work.resolve("fuseki"));
        long start = System.nanoTime();
        fuseki.start();
        try {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("yifa.store.mode", "remote");
            p.put("yifa.store.query-url", fuseki.queryUrl());
            p.put("yifa.store.update-url", fuseki.updateUrl());
            p.put("yifa.store.remote-timeout", REMOTE_TIMEOUT);
            ConfigurableApplicationContext context = BaseStore.start(work.resolve("store"), p);
            details.put("service_start_ms", Bench.round((System.nanoTime() - start) / 1e6, 0));
            details.put("remote_store", Map.of("server", fuseki.name(), "query_url", fuseki.queryUrl(),
                    "heap", FUSEKI_HEAP, "remote_timeout", REMOTE_TIMEOUT));
            return new Service(context, fuseki);
        } catch (RuntimeException e) {
            fuseki.kill();
            throw e;
        }
    }

    boolean remote() {
        return remote != null;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** The store's own SPARQL query endpoint, without Yifa: the embedded Fuseki, or the remote Fuseki. */
    String rawQueryUrl() {
        return remote != null ? remote.queryUrl() : context.getBean(FusekiEndpoint.class).queryUrl();
    }

    /** The peak resident set of the remote store's process, in MB; NaN on the embedded store. */
    double storeVmHwmMb() {
        return remote == null ? Double.NaN : Bench.vmHwmMb(Path.of("/proc/" + remote.pid() + "/status"));
    }

    @Override
    public void close() throws Exception {
        try {
            context.close();
        } finally {
            if (remote != null) {
                remote.kill();
            }
        }
    }
}
