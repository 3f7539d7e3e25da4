package org.yifa.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.law.LawCorpus;
import org.yifa.law.LawTimeline;

/** {@code GET /api/impact?law=&from=&to=}: what changed between two shipped versions, and what rests on it. */
@RestController
class ImpactController {

    private final LawTimeline timeline;
    private final DriftProperties properties;
    private final org.yifa.store.Store store;
    private final org.yifa.query.QueryLibrary queries;

    ImpactController(LawTimeline timeline, DriftProperties properties, org.yifa.store.Store store,
            org.yifa.query.QueryLibrary queries) {
        this.timeline = timeline;
        this.properties = properties;
        this.store = store;
        this.queries = queries;
    }

    /** {@code from} and {@code to} are version dates of shipped texts; {@code to} defaults to the latest. */
    @GetMapping("/api/impact")
    Map<String, Object> impact(@RequestParam String law, @RequestParam String from, @RequestParam(required = false) String to) {
        LawCorpus corpus = timeline.corpus();
        LawCorpus.Version latest = corpus.latest(law).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No shipped law '" + law + "'; give a short title or slug"));
        LawCorpus.Version older = version(corpus, latest, "from", from);
        LawCorpus.Version newer = to == null || to.isBlank() ? latest : version(corpus, latest, "to", to);
        if (!newer.date().isAfter(older.date())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' (" + newer.date() + ") must be later than 'from' ("
                    + older.date() + ")");
        }
        Map<String, Object> report = ImpactReport.compare(older, newer, Basis.linkKeys(), properties.similarityThreshold());
        restingOn(report);
        return report;
    }

    /**
     * Adds to each change the criteria of the items resting on it and the units' stored findings (assessment
     * rounds) on those items, read in one transaction; an item without either lists none.
     */
    @SuppressWarnings("unchecked")
    private void restingOn(Map<String, Object> report) {
        List<String> items = (List<String>) report.get("items");
        Map<String, List<Map<String, Object>>> criteria = new java.util.HashMap<>();
        Map<String, List<Map<String, Object>>> findings = new java.util.HashMap<>();
        store.read(() -> {
            for (String item : items) {
                criteria.put(item, queries.select("impact-item-criteria", Map.of("notation", item)).stream().map(r -> {
                    Map<String, Object> j = new java.util.LinkedHashMap<>();
                    j.put("item", item);
                    j.put("id", r.getLiteral("id").getLexicalForm());
                    j.put("obligation", r.getLiteral("obligation").getLexicalForm());
                    return j;
                }).toList());
                findings.put(item, queries.select("impact-item-findings", Map.of("notation", item)).stream().map(r -> {
                    Map<String, Object> j = new java.util.LinkedHashMap<>();
                    j.put("item", item);
                    j.put("unit", r.getLiteral("unit").getLexicalForm());
                    j.put("name", r.contains("name") ? r.getLiteral("name").getLexicalForm() : null);
                    j.put("year", r.getLiteral("year").getInt());
                    j.put("status", r.getLiteral("status").getLexicalForm());
                    return j;
                }).toList());
            }
            return null;
        });
        for (Map<String, Object> change : (List<Map<String, Object>>) report.get("changes")) {
            List<String> resting = (List<String>) change.get("items");
            change.put("criteria", resting.stream().flatMap(i -> criteria.get(i).stream()).toList());
            change.put("findings", resting.stream().flatMap(i -> findings.get(i).stream()).toList());
        }
    }

    private static LawCorpus.Version version(LawCorpus corpus, LawCorpus.Version latest, String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + name + "' must be a version date yyyy-mm-dd; got '" + value + "'");
        }
        return corpus.version(latest.slug(), date).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                latest.shortTitle() + " has no shipped version dated " + date + "; shipped: " + String.join(", ",
                        corpus.works().get(latest.shortTitle()).stream().map(v -> v.date().toString()).toList())));
    }
}
