package org.yifa.testing;

/** The prefixes test fixtures write their Turtle and SPARQL with; an unused prefix costs nothing. */
public final class Prefixes {

    /** Turtle {@code @prefix} lines: the vocabularies, and the service's id spaces (u: unit, ut: unit type,
     *  et: evidence type, c: criterion, ve: veto event type). */
    public static final String TURTLE = """
            @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix u: <https://w3id.org/yifa/id/unit/> . @prefix ut: <https://w3id.org/yifa/id/unit-type/> .
            @prefix et: <https://w3id.org/yifa/id/evidence-type/> .
            @prefix c: <https://w3id.org/yifa/id/model-unit-goals/criterion/> .
            @prefix ve: <https://w3id.org/yifa/id/model-unit-goals/veto-event/> .
            """;

    /** SPARQL {@code PREFIX} lines of the vocabularies. */
    public static final String SPARQL = """
            PREFIX yf: <https://w3id.org/yifa/ont#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private Prefixes() {
    }
}
