package org.yifa.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=…&kind=item|provision|law|criterion&limit=} — ranked full-text hits, each
 * with a snippet in which the matched words are wrapped in {@code <em>}.
 */
@RestController
class SearchController {

    private final TextSearch search;

    SearchController(TextSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                               @RequestParam(defaultValue = "20") int limit) {
        TextSearch.Result result = search.search(q, kind == null || kind.isBlank() ? null : kind, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("q", q);
        json.put("kind", kind);
        json.put("words", result.words());
        json.put("luceneQuery", result.luceneQuery());
        json.put("hits", result.hits().stream().map(SearchController::json).toList());
        return json;
    }

    private static Map<String, Object> json(TextSearch.Hit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("iri", hit.iri());
        json.put("kind", hit.kind());
        putIfSet(json, "notation", hit.notation());
        putIfSet(json, "item", hit.item());
        putIfSet(json, "law", hit.law());
        putIfSet(json, "version", hit.version());
        putIfSet(json, "article", hit.article());
        putIfSet(json, "paragraph", hit.paragraph());
        putIfSet(json, "title", hit.title());
        json.put("score", hit.score());
        json.put("snippet", hit.snippet());
        return json;
    }

    private static void putIfSet(Map<String, Object> json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(key, value);
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", e.getMessage()));
    }
}
