package org.yifa.store.remote;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.http.client.HttpClient;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.eclipse.rdf4j.http.client.SPARQLProtocolSession;
import org.eclipse.rdf4j.query.Binding;
import org.eclipse.rdf4j.query.Dataset;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;

/**
 * RDF4J's SPARQL repository, except that an update is POSTed as the request body ({@code application/sparql-update},
 * SPARQL 1.1 Protocol 2.2.2) rather than as an HTML form, which is what RDF4J sends. Stores cap a form's size
 * (Fuseki's Jetty refuses one over 25 MB: "form too large"), and URL-encoding turns each UTF-8 byte of a Chinese
 * character into three characters, so a write of 9 MB of text was a 27 MB form. The form limit does not apply to a body.
 */
final class SparqlUpdateRepository extends SPARQLRepository {

    static final ContentType SPARQL_UPDATE = ContentType.create("application/sparql-update", StandardCharsets.UTF_8);

    /** For RDF4J's background parsing of query results, as its own session manager has one. */
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "yifa-remote-results");
        thread.setDaemon(true);
        return thread;
    });

    private final String queryUrl;
    private final String updateUrl;

    SparqlUpdateRepository(String queryUrl, String updateUrl) {
        super(queryUrl, updateUrl);
        this.queryUrl = queryUrl;
        this.updateUrl = updateUrl;
    }

    @Override
    protected SPARQLProtocolSession createSPARQLProtocolSession() {
        SPARQLProtocolSession session = new BodyUpdateSession(getHttpClient(), executor, queryUrl, updateUrl);
        // What SPARQLRepository sets on its own sessions, but for the credentials: the HTTP client answers those.
        session.setValueFactory(getValueFactory());
        return session;
    }

    private static final class BodyUpdateSession extends SPARQLProtocolSession {

        BodyUpdateSession(HttpClient client, ExecutorService executor, String queryUrl, String updateUrl) {
            super(client, executor);
            setQueryURL(queryUrl);
            setUpdateURL(updateUrl);
        }

        @Override
        protected HttpUriRequest getUpdateMethod(QueryLanguage ql, String update, String baseURI, Dataset dataset,
                boolean includeInferred, int maxQueryTime, Binding... bindings) {
            if (dataset != null || baseURI != null || bindings.length > 0) {
                // Carried as form fields alongside the update; Yifa sends none of them.
                return super.getUpdateMethod(ql, update, baseURI, dataset, includeInferred, maxQueryTime, bindings);
            }
            HttpPost post = new HttpPost(getUpdateURL());
            post.setEntity(new StringEntity(update, SPARQL_UPDATE));
            return post;
        }
    }

    @Override
    protected void shutDownInternal() {
        try {
            super.shutDownInternal();
        } finally {
            executor.shutdownNow();
        }
    }
}
