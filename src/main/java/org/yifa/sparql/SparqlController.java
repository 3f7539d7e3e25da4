package org.yifa.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPARQL 1.1 query endpoint on the service's own port: GET with {@code query=}, POST form-encoded,
 * or POST with the query as an {@code application/sparql-query} body. Read-only.
 */
@RestController
class SparqlController {

    private static final String SPARQL_QUERY = "application/sparql-query";

    private final Dataset dataset;

    SparqlController(Dataset dataset) {
        this.dataset = dataset;
    }

    @GetMapping("/sparql")
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request.getParameter("query"), request, response);
    }

    @PostMapping("/sparql")
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = request.getContentType();
        String query = contentType != null && contentType.startsWith(SPARQL_QUERY)
                ? new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : request.getParameter("query");
        answer(query, request, response);
    }

    private void answer(String text, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (text == null || text.isBlank()) {
            fail(response, HttpStatus.BAD_REQUEST, "No query given: pass it as 'query' or POST it as " + SPARQL_QUERY);
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            fail(response, HttpStatus.BAD_REQUEST, "Parse error: " + e.getMessage());
            return;
        }
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        var format = ResultFormat.negotiate(request.getHeader("Accept"), graphResult);
        if (format.isEmpty()) {
            fail(response, HttpStatus.NOT_ACCEPTABLE, "None of the accepted media types fits a "
                    + (graphResult ? "graph" : "result table") + "; see the README for the formats offered");
            return;
        }
        try {
            Txn.executeRead(dataset, () -> execute(query, format.get(), response));
        } catch (QueryCancelledException e) {
            if (!response.isCommitted()) {
                response.reset();
                fail(response, HttpStatus.SERVICE_UNAVAILABLE, "Query cancelled: it ran past the time limit");
            }
        }
    }

    private void execute(Query query, ResultFormat format, HttpServletResponse response) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            response.setContentType(format.mediaType + ";charset=UTF-8");
            OutputStream out = response.getOutputStream();
            if (query.isSelectType()) {
                ResultSetMgr.write(out, execution.execSelect(), format.lang);
            } else if (query.isAskType()) {
                ResultSetMgr.write(out, execution.execAsk(), format.lang);
            } else {
                Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                RDFDataMgr.write(out, model, format.lang);
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fail(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
