package org.yifa.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.api.ApiProblem;

/**
 * {@code GET /api/search?q=…&kind=item|provision|law|criterion&limit=} — ranked full-text hits, each
 * with a snippet in which the matched words are wrapped in {@code <em>}; {@code "degraded": true} when the
 * service runs on a remote store and matched substrings instead of using the text index.
 */
@RestController
class SearchController {

    private final TextSearch search;

    SearchController(TextSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                        @RequestParam(defaultValue = "20") int limit) {
        TextSearch.Result result = search.search(q, kind == null || kind.isBlank() ? null : kind, limit);
        // On a remote store: substring matching instead of the text index (see TextSearch).
        return new SearchAnswer(q, kind, result.words(), result.luceneQuery(),
                result.hits().stream().map(SearchHit::of).toList(), result.degraded());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ApiProblem.answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
