package org.yifa.store.remote;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.function.Function;

import org.apache.http.HttpResponseInterceptor;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.eclipse.rdf4j.http.protocol.UnauthorizedException;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.yifa.store.StoreProperties;
import org.yifa.store.StoreRefusedException;
import org.yifa.store.StoreUnavailableException;

/**
 * One RDF4J {@link SPARQLRepository} on the store's query and update endpoints, with connect and read
 * timeouts, and the translation of failures: a store that is down, unreachable, slow, overloaded (502,
 * 503, 504) or refusing the credentials is {@link StoreUnavailableException}; a query it refuses is
 * {@link StoreRefusedException}.
 */
final class RemoteEndpoint implements AutoCloseable {

    /** A 502, 503 or 504 from the store, raised as an I/O failure so that RDF4J passes it on as the cause. */
    static final class Overloaded extends IOException {
        Overloaded(String message) {
            super(message);
        }
    }

    private final String description;
    private final Duration timeout;
    private final String timeoutProperty;
    private final CloseableHttpClient client;
    private final SPARQLRepository repository;

    /** @param timeoutProperty the setting that gave {@code timeout}, named in messages */
    RemoteEndpoint(StoreProperties properties, Duration timeout, String timeoutProperty) {
        this.timeout = timeout;
        this.timeoutProperty = timeoutProperty;
        this.description = properties.queryUrl().toString();
        int millis = (int) timeout.toMillis();
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(32);
        pool.setDefaultMaxPerRoute(16);
        // A pooled connection to a store that restarted is dead: check it before reuse.
        pool.setValidateAfterInactivity(500);
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(millis).setSocketTimeout(millis).setConnectionRequestTimeout(millis).build())
                // One retry, for a stale connection the store closed; a refused connection is not retried.
                .setRetryHandler(new DefaultHttpRequestRetryHandler(1, false))
                .addInterceptorFirst((HttpResponseInterceptor) (response, context) -> {
                    int status = response.getStatusLine().getStatusCode();
                    if (status == 502 || status == 503 || status == 504) {
                        throw new Overloaded("the store answered " + response.getStatusLine());
                    }
                })
                .build();
        this.repository = new SPARQLRepository(properties.queryUrl().toString(), properties.updateUrl().toString());
        if (properties.username() != null && !properties.username().isBlank()) {
            repository.setUsernameAndPassword(properties.username(), properties.password());
        }
        repository.setHttpClient(client);
        repository.init();
    }

    /** Runs {@code work} on a connection, translating failures. */
    <T> T call(Function<RepositoryConnection, T> work) {
        try (RepositoryConnection connection = repository.getConnection()) {
            return work.apply(connection);
        } catch (StoreUnavailableException | StoreRefusedException e) {
            throw e;
        } catch (UnauthorizedException e) {
            throw new StoreUnavailableException("The store at " + description
                    + " refused the credentials (yifa.store.username, yifa.store.password)", e);
        } catch (MalformedQueryException e) {
            throw new StoreRefusedException("The store refused the request: " + e.getMessage(), e);
        } catch (QueryInterruptedException e) {
            throw unavailable(e, "stopped the query: " + e.getMessage());
        } catch (RuntimeException e) {
            IOException io = io(e);
            if (io == null) {
                throw new StoreRefusedException("The store at " + description + " failed: " + e.getMessage(), e);
            }
            String what = io instanceof Overloaded ? io.getMessage()
                    : io instanceof ConnectException ? "cannot be reached (" + io.getMessage() + ")"
                    : io instanceof InterruptedIOException ? "did not answer within " + timeout.toMillis()
                            + " ms (" + timeoutProperty + ")"
                    : "broke off the connection (" + io + ")";
            throw unavailable(e, what);
        }
    }

    private StoreUnavailableException unavailable(Exception e, String what) {
        return new StoreUnavailableException("The store at " + description + " " + what
                + "; try again in a few seconds", e);
    }

    private static IOException io(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        repository.shutDown();
        client.close();
    }
}
