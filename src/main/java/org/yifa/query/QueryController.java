package org.yifa.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.api.ApiProblem;
import org.yifa.sparql.ResultFormat;

/**
 * The public queries of the library over HTTP: {@code GET /api/queries} lists them with their
 * parameters; {@code GET /api/queries/{name}?param=…} runs one, answering SPARQL JSON results, or XML,
 * CSV or TSV by Accept (or {@code format=json|xml|csv|tsv}). Internal queries are not offered.
 */
@RestController
class QueryController {

    /** A request parameter the endpoint reads itself; no query may declare a parameter of this name. */
    static final String FORMAT = "format";

    private final QueryLibrary queries;

    QueryController(QueryLibrary queries) {
        this.queries = queries;
    }

    @GetMapping("/api/queries")
    List<QuerySummary> list() {
        return queries.publicQueries().stream().map(QuerySummary::of).toList();
    }

    @GetMapping("/api/queries/{name}")
    void run(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        NamedQuery query = queries.get(name);
        if (!query.isPublic() || !query.query().isSelectType()) {
            throw new UnknownQueryException(name);
        }
        ResultFormat format = format(request);
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (key.equals(FORMAT)) {
                return;
            }
            if (values.length != 1) {
                throw new IllegalArgumentException("Give parameter '" + key + "' once, not " + values.length + " times");
            }
            parameters.put(key, values[0]);
        });
        ResultSet table = queries.table(name, parameters);
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        ResultSetMgr.write(response.getOutputStream(), table, format.lang());
    }

    private static ResultFormat format(HttpServletRequest request) {
        String name = request.getParameter(FORMAT);
        var format = name != null && !name.isBlank()
                ? ResultFormat.named(name, false)
                : ResultFormat.negotiate(request.getHeader("Accept"), false);
        return format.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                "Query results come as SPARQL JSON (default), SPARQL XML, CSV or TSV; format=json|xml|csv|tsv"));
    }

    // Errors answer JSON whatever the client accepts (it may have asked for CSV).
    @ExceptionHandler(UnknownQueryException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownQueryException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
        return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<ProblemDetail> cancelled(QueryCancelledException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "The query ran past the store's time limit (yifa.store.query-timeout)");
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
        return ApiProblem.answer(status, message);
    }
}
