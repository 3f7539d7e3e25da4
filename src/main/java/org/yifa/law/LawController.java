package org.yifa.law;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The laws in the store: {@code GET /api/laws} lists them with their versions; {@code GET
 * /api/laws/{slug}?date=yyyy-mm-dd} gives the version in force on that day (default: the latest).
 */
@RestController
class LawController {

    private final Laws laws;
    private final LawQueries queries;

    LawController(Laws laws, LawQueries queries) {
        this.laws = laws;
        this.queries = queries;
    }

    @GetMapping("/api/laws")
    List<Map<String, Object>> list() {
        return laws.all().stream().map(Laws.Law::json).toList();
    }

    @GetMapping("/api/laws/{slug}")
    Map<String, Object> law(@PathVariable String slug, @RequestParam(required = false) String date) {
        Laws.Law law = laws.find(slug);
        LocalDate day = date == null ? null : Laws.day("date", date);
        Laws.Version version = day == null ? law.latest() : laws.inForceOr404(law, day);

        Map<String, Object> json = law.json();
        json.put("date", day == null ? null : day.toString());
        json.put("version", describe(version));
        return json;
    }

    private Map<String, Object> describe(Laws.Version version) {
        List<LawQueries.Row> rows = queries.select("law-version", Map.of("version", version.iri()));
        LawQueries.Row row = rows.get(0);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", version.date());
        json.put("iri", version.iri());
        json.put("title", row.get("title"));
        json.put("adopted", row.get("adopted"));
        json.put("published", row.get("published"));
        json.put("inForce", row.get("inForce"));
        json.put("passedBy", row.get("passedBy"));
        json.put("level", row.get("levelName"));
        json.put("flkId", row.get("flkId"));
        json.put("nationalDatabasePage", row.get("page"));
        json.put("articles", row.integer("articles"));
        json.put("amends", rows.stream().map(r -> r.get("amends")).filter(s -> s != null).distinct().toList());
        json.put("replaces", rows.stream().map(r -> r.get("replaces")).filter(s -> s != null).distinct().toList());
        return json;
    }
}
