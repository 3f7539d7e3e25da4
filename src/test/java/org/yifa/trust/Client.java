package org.yifa.trust;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** A plain HTTP client for the service under test: every answer comes back with its status, nothing throws on 4xx or 5xx. */
final class Client {

    /** An answer: status, headers and body. */
    record Answer(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + contentType() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    Client(String base, Duration timeout) {
        this(base, timeout, null);
    }

    Client(String base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER);
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = builder.build();
    }

    Answer get(String pathAndQuery, String... headers) throws IOException {
        return send(request(pathAndQuery, headers).GET());
    }

    Answer post(String pathAndQuery, String contentType, byte[] body, String... headers) throws IOException {
        return send(request(pathAndQuery, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A browser-style upload: the file in a multipart part named {@code file}. */
    Answer upload(String unitId, String fileName, String partType, byte[] file, String authorization) throws IOException {
        String boundary = "trust-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post("/api/units/" + unitId + "/evidence", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), "Authorization", authorization);
    }

    /** A SELECT query's results; fails unless the endpoint answers 200. */
    ResultSetRewindable select(String query) throws IOException {
        Answer answer = sparql(query, "application/sparql-results+json");
        if (answer.status() != 200) {
            throw new IOException("SPARQL query failed: " + answer);
        }
        try {
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
            return ResultSetFactory.makeRewindable(results);
        } catch (RuntimeException e) {
            throw new IOException("SPARQL answered 200 with results that do not parse (cut off?): " + e.getMessage()
                    + "\n" + answer, e);
        }
    }

    /** POSTs a query as an {@code application/sparql-query} body. */
    Answer sparql(String query, String accept) throws IOException {
        return post("/sparql", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8), "Accept", accept);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
