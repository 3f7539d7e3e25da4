package org.yifa.law;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The laws in the store, read through {@code laws-list} and {@code law-version-in-force}, for the controllers. */
@Component
class Laws {

    /** A law (work) with its versions, oldest first; what the store does not say is absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Law(String slug, String iri, String title, String shortTitle, String level, List<Version> versions) {

        Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    /** A version as listed: date, IRI, entry into force and national-database page where known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Version(@Schema(example = "2019-04-23") String date, String iri, @Schema(example = "2019-04-23") String inForce,
                   String flkId, String nationalDatabasePage) {
    }

    private final LawQueries queries;

    Laws(LawQueries queries) {
        this.queries = queries;
    }

    List<Law> all() {
        Map<String, Law> laws = new LinkedHashMap<>();
        for (LawQueries.Row row : queries.select("laws-list")) {
            Law law = laws.computeIfAbsent(row.get("slug"), s -> new Law(s, row.get("work"), row.get("title"),
                    row.get("shortTitle"), row.get("levelName"), new ArrayList<>()));
            law.versions().add(new Version(row.get("versionDate"), row.get("version"), row.get("inForce"),
                    row.get("flkId"), row.get("page")));
        }
        return List.copyOf(laws.values());
    }

    /** The law with this short title or slug; 404 naming the known laws if there is none. */
    Law find(String shortTitleOrSlug) {
        List<Law> all = all();
        return all.stream()
                .filter(l -> l.slug().equals(shortTitleOrSlug) || l.shortTitle().equals(shortTitleOrSlug))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No law '" + shortTitleOrSlug
                        + "'; give a short title or slug, one of: "
                        + String.join(", ", all.stream().map(l -> l.shortTitle() + " (" + l.slug() + ")").toList())));
    }

    /** The latest version of {@code law} dated on or before {@code day}, if any. */
    Optional<Version> inForce(Law law, LocalDate day) {
        List<LawQueries.Row> rows = queries.select("law-version-in-force",
                Map.of("law", law.shortTitle(), "date", day.toString()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String iri = rows.get(0).get("version");
        return law.versions().stream().filter(v -> v.iri().equals(iri)).findFirst();
    }

    /** The version of {@code law} in force on {@code day}, or 404 saying from when the law has versions. */
    Version inForceOr404(Law law, LocalDate day) {
        return inForce(law, day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                law.shortTitle() + " has no version in force on " + day + ": its earliest version in the store is dated "
                        + law.versions().get(0).date()));
    }

    /** Parses a yyyy-mm-dd parameter, or 400. */
    static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'" + name + "' must be a date yyyy-mm-dd, e.g. 2020-01-01; got '" + value + "'");
        }
    }
}
