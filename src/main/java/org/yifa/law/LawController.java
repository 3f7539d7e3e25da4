package org.yifa.law;

import java.time.LocalDate;
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
    List<Laws.Law> list() {
        return laws.all();
    }

    @GetMapping("/api/laws/{slug}")
    LawDetail law(@PathVariable String slug, @RequestParam(required = false) String date) {
        Laws.Law law = laws.find(slug);
        LocalDate day = date == null ? null : Laws.day("date", date);
        Laws.Version version = day == null ? law.latest() : laws.inForceOr404(law, day);

        return LawDetail.of(law, day == null ? null : day.toString(), describe(version));
    }

    private LawVersionDetail describe(Laws.Version version) {
        List<LawQueries.Row> rows = queries.select("law-version", Map.of("version", version.iri()));
        LawQueries.Row row = rows.get(0);
        return new LawVersionDetail(version.date(), version.iri(), row.get("title"), row.get("adopted"),
                row.get("published"), row.get("inForce"), row.get("passedBy"), row.get("levelName"), row.get("flkId"),
                row.get("page"), row.integer("articles"), distinct(rows, "amends"), distinct(rows, "replaces"));
    }

    private static List<String> distinct(List<LawQueries.Row> rows, String variable) {
        return rows.stream().map(r -> r.get(variable)).filter(s -> s != null).distinct().toList();
    }
}
