package org.yifa.store.load;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.store.StoreUnavailableException;
import org.yifa.store.http.StoreReadiness;

/**
 * Brings every {@link GraphSource} up to date before the service takes requests. A graph is
 * rebuilt only when its source's fingerprint changed, and each rebuild replaces the graph and its
 * fingerprint atomically ({@link GraphLoading#load}), so a failed build leaves the previous graph as it was.
 *
 * <p>A remote store that cannot be reached at start-up does not stop the service: it starts, answers
 * 503 with {@code Retry-After} ({@link StoreReadiness}), and loads in the background, retrying with
 * backoff (1 s doubling up to 30 s) until the store answers.
 */
@Component
public class StoreLoader implements SmartInitializingSingleton, DisposableBean {

    /** Holds one {@code <graph> yf:sha256 "fingerprint"} triple per loaded graph. */
    public static final String META_GRAPH = Yf.GRAPH + "meta";

    private static final Logger log = LoggerFactory.getLogger(StoreLoader.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final Store store;
    private final GraphLoading loading;
    private final List<GraphSource> sources;
    private final StoreReadiness readiness;
    private volatile Thread background;

    StoreLoader(Store store, GraphLoading loading, List<GraphSource> sources, StoreReadiness readiness) {
        this.store = store;
        this.loading = loading;
        this.sources = sources.stream().sorted(Comparator.comparingInt(GraphSource::order)).toList();
        this.readiness = readiness;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Only a store that can be unreachable (remote) throws StoreUnavailableException; any other failure stops start-up.
        try {
            loadAll();
        } catch (StoreUnavailableException e) {
            log.warn("The store is not available, the service starts and answers 503 until it is loaded: {}", e.getMessage());
            readiness.loading(e.getMessage());
            background = new Thread(this::retry, "yifa-store-loader");
            background.setDaemon(true);
            background.start();
        }
    }

    private void loadAll() {
        StoreCheck.check(store);
        sources.forEach(this::refresh);
        readiness.ready();
    }

    private void retry() {
        Duration wait = FIRST_RETRY;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(wait.toMillis());
                loadAll();
                log.info("The store is loaded; the service answers");
                return;
            } catch (InterruptedException e) {
                return;
            } catch (StoreUnavailableException e) {
                readiness.loading(e.getMessage());
                wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
                log.warn("Loading the store failed, retrying in {} s: {}", wait.toSeconds(), e.getMessage());
            } catch (RuntimeException e) {
                // Bad input does not get better by waiting: report it on every request instead.
                log.error("Loading the store failed for good", e);
                readiness.failed(e.getMessage());
                return;
            }
        }
    }

    @Override
    public void destroy() {
        Thread thread = background;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Rebuilds {@code source}'s graph if its inputs changed; returns whether it did. */
    public boolean refresh(GraphSource source) {
        String fingerprint = source.fingerprint();
        if (fingerprint.equals(loading.fingerprints().get(source.graphIri()))) {
            log.info("{} is current", source.graphIri());
            return false;
        }
        long start = System.nanoTime();
        long triples;
        if (source instanceof GraphSource.Streaming streaming) {
            long[] count = new long[1];
            loading.load(source.graphIri(), sink -> streaming.stream(store.view(), t -> {
                sink.accept(t);
                count[0]++;
            }), fingerprint);
            triples = count[0];
        } else {
            Model model = store.readAtLength(() -> source.build(store.view()));
            loading.load(source.graphIri(), model.getGraph(), fingerprint);
            triples = model.size();
        }
        log.info("Loaded {}: {} triples in {} ms", source.graphIri(), triples, (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
