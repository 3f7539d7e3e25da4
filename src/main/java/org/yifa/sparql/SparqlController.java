package org.yifa.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.update.UpdateFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yifa.store.Store;
import org.yifa.store.Capability;
import org.yifa.store.StoreRefusedException;

/**
 * The SPARQL 1.1 Protocol for queries on the service's own port: GET with {@code query=}, POST
 * form-encoded, or POST with an {@code application/sparql-query} body; {@code default-graph-uri} and
 * {@code named-graph-uri} pick the dataset from the store's named graphs. Read-only: updates are refused.
 * Answers are complete: a SELECT's rows stream from the store as they come; every query runs under
 * {@code yifa.sparql.timeout}, and a stream cut by it (or by any failure once begun) ends the connection
 * abruptly so that no client mistakes a part for the whole. An operator's {@code yifa.sparql.max-rows},
 * when set, refuses (422) a SELECT that would answer more, never shortens it. Relative IRIs in a query
 * resolve against the endpoint's own IRI. {@code GET /sparql} without a query answers the SPARQL 1.1
 * Service Description.
 * On a remote store ({@code yifa.store.mode=remote}) the query is forwarded through RDF4J, the dataset
 * parameters passed on as such, and the answer written here in the format asked for; {@code text:query}
 * needs the embedded store's text index and is refused there with 400.
 */
@RestController
@CrossOrigin(origins = "*")
class SparqlController {

    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final Store store;
    private final SparqlProperties properties;

    SparqlController(Store store, SparqlProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @GetMapping("/sparql")
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("query") == null && request.getParameter("update") == null) {
            describe(request, response);
            return;
        }
        handle(request, response, () -> request.getParameter("update") != null ? null : single(request, "query"));
    }

    @PostMapping("/sparql")
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        handle(request, response, () -> {
            if (contentType.startsWith(SPARQL_UPDATE) || request.getParameter("update") != null) {
                return null;
            }
            if (contentType.startsWith(SPARQL_QUERY)) {
                if (request.getParameter("query") != null) {
                    throw new Refusal(HttpStatus.BAD_REQUEST, "A query POSTed as " + SPARQL_QUERY
                            + " is the body alone: remove the 'query' parameter from the URL");
                }
                // Read one byte past the limit: enough to know, without taking in a huge body.
                byte[] body = request.getInputStream().readNBytes((int) properties.maxQuerySize().toBytes() + 1);
                return new String(body, StandardCharsets.UTF_8);
            }
            if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
                return single(request, "query");
            }
            throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST the query form-encoded (query=…) or as "
                    + SPARQL_QUERY + "; got Content-Type '" + request.getContentType() + "'");
        });
    }

    /** Reads the query text from a request; null means the request is an update. */
    private interface QueryText {
        String read() throws IOException;
    }

    /** A request the endpoint answers with an error status and a message. */
    private static final class Refusal extends RuntimeException {
        final HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, QueryText source) throws IOException {
        try {
            String text;
            try {
                text = source.read();
            } catch (IllegalStateException e) {
                // Tomcat's own form limit (maxPostSize): the parameters could not be parsed.
                throw tooLarge();
            }
            if (text == null) {
                throw updateRefused();
            }
            if (text.getBytes(StandardCharsets.UTF_8).length > properties.maxQuerySize().toBytes()) {
                throw tooLarge();
            }
            answer(text, request, response);
        } catch (Refusal e) {
            fail(response, e.status, e.getMessage());
        } catch (org.apache.jena.query.QueryBuildException e) {
            // A query that parses but cannot be built (a variable projected twice): the client's error.
            if (response.isCommitted()) {
                throw e;
            }
            fail(response, HttpStatus.BAD_REQUEST, "Query error: " + e.getMessage());
        }
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "No query given: pass it as 'query' or POST it as " + SPARQL_QUERY);
        }
        if (values.length > 1) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Give exactly one 'query' parameter, not " + values.length);
        }
        return values[0];
    }

    private void answer(String text, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (text.isBlank()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "No query given: the request body is empty");
        }
        Query query;
        try {
            // Relative IRIs resolve against the endpoint, never against the server's working directory.
            query = QueryFactory.create(text, endpoint(request), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw isUpdate(text) ? updateRefused() : new Refusal(HttpStatus.BAD_REQUEST, "Parse error: " + e.getMessage());
        }
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        ResultFormat format = format(request, graphResult);
        DatasetDescription description = description(request, query);
        Query run = query.cloneQuery();
        // The dataset is built here from the store's named graphs, never loaded from the FROM IRIs.
        run.getGraphURIs().clear();
        run.getNamedGraphURIs().clear();
        int maxRows = properties.maxRows();
        if (run.isSelectType() && maxRows > 0 && (!run.hasLimit() || run.getLimit() > maxRows)) {
            // One row more than the limit tells whether the answer would exceed it.
            run.setLimit(maxRows + 1L);
        }
        if (usesTextIndex(query) && !store.supports(Capability.TEXT_INDEX)) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "text:query is not available: this service runs on a remote "
                    + "SPARQL store without Yifa's text index. Use FILTER(CONTAINS(?text, \"…\")) or /api/search.");
        }
        try {
            store.execute(run, description, properties.timeout(), new Store.AnswerSink() {
                @Override
                public void rows(List<Var> vars, Iterator<Binding> rows) {
                    Iterator<Binding> checked = maxRows > 0 ? withinLimit(rows, maxRows) : rows;
                    // The first row is fetched before anything is sent, so its failure still gets a status.
                    PeekedRows peeked = new PeekedRows(checked);
                    writeRows(vars, peeked, format, response);
                }

                @Override
                public void whole(Store.Answer whole) {
                    writeWhole(whole, format, response);
                }
            });
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                // Part of the answer is out: end the connection abruptly rather than close the answer as if whole.
                throw e;
            }
            throw refusal(e);
        }
    }

    private Refusal refusal(RuntimeException e) {
        if (e instanceof Refusal refusal) {
            return refusal;
        }
        if (e instanceof QueryCancelledException) {
            return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "Query cancelled: it ran longer than "
                    + properties.timeout().toMillis() + " ms (yifa.sparql.timeout). Narrow it down or add a LIMIT.");
        }
        if (e instanceof TextIndexException) {
            return new Refusal(HttpStatus.BAD_REQUEST, "Text query error: " + e.getMessage());
        }
        if (e instanceof StoreRefusedException) {
            return new Refusal(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        throw e;
    }

    /** The rows, read ahead up to {@code maxRows + 1}: more than {@code maxRows} is refused before anything is sent. */
    private static Iterator<Binding> withinLimit(Iterator<Binding> rows, int maxRows) {
        List<Binding> held = new ArrayList<>();
        while (rows.hasNext()) {
            held.add(rows.next());
            if (held.size() > maxRows) {
                throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "The answer has more than " + maxRows
                        + " rows, the most this endpoint gives (yifa.sparql.max-rows). Add LIMIT " + maxRows
                        + " or less, and page with OFFSET.");
            }
        }
        return held.iterator();
    }

    /** An iterator whose first element has been fetched. */
    private static final class PeekedRows implements Iterator<Binding> {
        private final Iterator<Binding> rows;
        private Binding next;

        PeekedRows(Iterator<Binding> rows) {
            this.rows = rows;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        @Override
        public boolean hasNext() {
            return next != null || rows.hasNext();
        }

        @Override
        public Binding next() {
            if (next != null) {
                Binding first = next;
                next = null;
                return first;
            }
            return rows.next();
        }
    }

    /** The endpoint's own IRI, as the client addressed it: the base of the query and the service's name. */
    private static String endpoint(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).build().toUriString();
    }

    /** The Service Description, in the RDF syntax the client asks for (Turtle by default). */
    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ResultFormat format = format(request, true);
            Graph description = ServiceDescription.of(endpoint(request), store.graphs(), store.supports(Capability.TEXT_INDEX));
            response.setHeader("Vary", "Accept");
            writeWhole(new Store.Answer(null, null, description), format, response);
        } catch (Refusal e) {
            fail(response, e.status, e.getMessage());
        }
    }

    /** {@code format=} if given (as Fuseki takes it), else content negotiation on Accept. */
    private static ResultFormat format(HttpServletRequest request, boolean graphResult) {
        String name = request.getParameter("format");
        if (name != null && name.contains("/")) {
            // format=application/sparql-results+json, as some clients send it: a media type, negotiated.
            return ResultFormat.negotiate(name, graphResult).orElseThrow(() -> new Refusal(HttpStatus.NOT_ACCEPTABLE,
                    "format '" + name + "' does not fit a " + (graphResult ? "graph" : "result table")));
        }
        if (name != null && !name.isBlank() && !ResultFormat.known(name)) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "Unknown format '" + name + "'; use one of " + ResultFormat.names());
        }
        Optional<ResultFormat> format = name != null && !name.isBlank()
                ? ResultFormat.named(name, graphResult)
                : ResultFormat.negotiate(request.getHeader("Accept"), graphResult);
        return format.orElseThrow(() -> new Refusal(HttpStatus.NOT_ACCEPTABLE, "None of the requested formats fits a "
                + (graphResult ? "graph (CONSTRUCT, DESCRIBE)" : "result table (SELECT, ASK)")
                + "; see docs/api.md for the formats offered"));
    }

    /** The dataset the protocol parameters ask for; if none, the one of the query's FROM clauses; else null. */
    private static DatasetDescription description(HttpServletRequest request, Query query) {
        List<String> defaults = values(request, "default-graph-uri");
        List<String> named = values(request, "named-graph-uri");
        if (!defaults.isEmpty() || !named.isEmpty()) {
            return DatasetDescription.create(defaults, named);
        }
        return query.hasDatasetDescription() ? query.getDatasetDescription() : null;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    private static void writeRows(List<Var> vars, Iterator<Binding> rows, ResultFormat format,
                                  HttpServletResponse response) {
        try {
            response.setContentType(format.mediaType() + ";charset=UTF-8");
            OutputStream out = response.getOutputStream();
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, rows)), format.lang());
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeWhole(Store.Answer answer, ResultFormat format, HttpServletResponse response) {
        try {
            response.setContentType(format.mediaType() + ";charset=UTF-8");
            OutputStream out = response.getOutputStream();
            if (answer.ask() != null) {
                ResultSetMgr.write(out, answer.ask(), format.lang());
            } else {
                RDFDataMgr.write(out, answer.graph(), format.lang());
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a query uses Jena text's property functions ({@code text:query}), which need the embedded index. */
    private static boolean usesTextIndex(Query query) {
        return query.toString().contains("<http://jena.apache.org/text#")
                || query.getPrefixMapping().getNsPrefixMap().containsValue("http://jena.apache.org/text#");
    }

    /** Whether text that is not a query is SPARQL Update (refused as such, not reported as a parse error). */
    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException notAnUpdate) {
            return false;
        }
    }

    private Refusal tooLarge() {
        return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "The query is longer than " + properties.maxQuerySize().toBytes()
                + " bytes (yifa.sparql.max-query-size)");
    }

    private static Refusal updateRefused() {
        return new Refusal(HttpStatus.FORBIDDEN, "SPARQL Update is not accepted: this endpoint is read-only. "
                + "Data enters the store through the service's loaders and APIs.");
    }

    private static void fail(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
