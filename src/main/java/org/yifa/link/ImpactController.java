package org.yifa.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "Not Found: no shipped law by that name, or no shipped version on that date")
    ImpactReport impact(@RequestParam String law, @RequestParam String from, @RequestParam(required = false) String to) {
        LawCorpus corpus = timeline.corpus();
        LawCorpus.Version latest = corpus.latest(law).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No shipped law '" + law + "'; give a short title or slug"));
        LawCorpus.Version older = version(corpus, latest, "from", from);
        LawCorpus.Version newer = to == null || to.isBlank() ? latest : version(corpus, latest, "to", to);
        if (!newer.date().isAfter(older.date())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' (" + newer.date() + ") must be later than 'from' ("
                    + older.date() + ")");
        }
        return restingOn(ImpactReport.compare(older, newer, Basis.linkKeys(), properties.similarityThreshold()));
    }

    /**
     * Adds to each change the criteria of the items resting on it and the units' stored findings (assessment
     * rounds) on those items, read in one transaction; an item without either lists none.
     */
    private ImpactReport restingOn(ImpactReport report) {
        Map<String, List<ImpactReport.RestingCriterion>> criteria = new HashMap<>();
        Map<String, List<ImpactReport.RestingFinding>> findings = new HashMap<>();
        store.read(() -> {
            for (String item : report.items()) {
                criteria.put(item, queries.select("impact-item-criteria", Map.of("notation", item)).stream()
                        .map(r -> new ImpactReport.RestingCriterion(item, r.getLiteral("id").getLexicalForm(),
                                r.getLiteral("obligation").getLexicalForm()))
                        .toList());
                findings.put(item, queries.select("impact-item-findings", Map.of("notation", item)).stream()
                        .map(r -> new ImpactReport.RestingFinding(item, r.getLiteral("unit").getLexicalForm(),
                                r.contains("name") ? r.getLiteral("name").getLexicalForm() : null,
                                r.getLiteral("year").getInt(), r.getLiteral("status").getLexicalForm()))
                        .toList());
            }
            return null;
        });
        return report.withResting(criteria::get, findings::get);
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
