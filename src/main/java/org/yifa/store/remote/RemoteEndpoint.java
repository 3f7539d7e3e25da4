package org.yifa.store.remote;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.function.Function;

import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.client.AuthCache;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.client.BasicAuthCache;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.eclipse.rdf4j.http.protocol.UnauthorizedException;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.QueryInterruptedException;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.yifa.store.StoreProperties;
import org.yifa.store.StoreRefusedException;
import org.yifa.store.StoreUnavailableException;

/**
 * One RDF4J SPARQL repository ({@link SparqlUpdateRepository}: updates as {@code application/sparql-update})
 * on the store's query and update endpoints, with connect and read
 * timeouts, HTTP Basic or Digest authentication as the store asks ({@link StoreCredentials}), and the
 * translation of failures: a store that is down, unreachable, slow, overloaded (502,
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
    private final AuthCache authCache = new BasicAuthCache();
    private final SparqlUpdateRepository repository;

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
                .setDefaultCredentialsProvider(StoreCredentials.provider(properties))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(millis).setSocketTimeout(millis).setConnectionRequestTimeout(millis).build())
                // One retry, for a stale connection the store closed; a refused connection is not retried.
                .setRetryHandler(new DefaultHttpRequestRetryHandler(1, false))
                // Basic once answered is sent pre-emptively from then on, on every connection.
                .addInterceptorFirst((HttpRequestInterceptor) (request, context) -> context.setAttribute(
                        HttpClientContext.AUTH_CACHE, authCache))
                .addInterceptorFirst((HttpResponseInterceptor) (response, context) -> {
                    int status = response.getStatusLine().getStatusCode();
                    if (status == 502 || status == 503 || status == 504) {
                        throw new Overloaded("the store answered " + response.getStatusLine());
                    }
                })
                .build();
        // Not RDF4J's setUsernameAndPassword: it sends Basic pre-emptively and then ignores a Digest challenge
        // (Virtuoso's /sparql-auth), answering 401. The HTTP client answers whichever scheme the store asks for.
        this.repository = new SparqlUpdateRepository(properties.queryUrl().toString(), properties.updateUrl().toString());
        repository.setHttpClient(client);
        repository.init();
    }

    /** Runs {@code work} on a connection, translating failures. */
    <T> T call(Function<RepositoryConnection, T> work) {
        try (RepositoryConnection connection = repository.getConnection()) {
            return work.apply(connection);
        } catch (StoreUnavailableException | StoreRefusedException e) {
            throw e;
        } catch (MalformedQueryException e) {
            throw new StoreRefusedException("The store refused the request: " + e.getMessage(), e);
        } catch (QueryInterruptedException e) {
            throw unavailable(e, "stopped the query: " + e.getMessage());
        } catch (RuntimeException e) {
            if (cause(e, UnauthorizedException.class) != null) {
                // An update's refusal comes wrapped (UpdateExecutionException), a query's not.
                throw new StoreUnavailableException("The store at " + description
                        + " refused the credentials (yifa.store.username, yifa.store.password)", e);
            }
            IOException io = cause(e, IOException.class);
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

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
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
