package org.yifa.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    ImpactController(LawTimeline timeline, DriftProperties properties) {
        this.timeline = timeline;
        this.properties = properties;
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
        return ImpactReport.compare(older, newer, Basis.linkKeys(), properties.similarityThreshold());
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
