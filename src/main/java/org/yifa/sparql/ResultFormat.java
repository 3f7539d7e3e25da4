package org.yifa.sparql;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.MediaType;

/** The serialisations {@code /sparql} offers, and content negotiation between them. */
enum ResultFormat {
    RESULTS_JSON("application/sparql-results+json", ResultSetLang.RS_JSON, false),
    JSON("application/json", ResultSetLang.RS_JSON, false),
    RESULTS_XML("application/sparql-results+xml", ResultSetLang.RS_XML, false),
    CSV("text/csv", ResultSetLang.RS_CSV, false),
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV, false),
    TURTLE("text/turtle", Lang.TURTLE, true),
    JSON_LD("application/ld+json", Lang.JSONLD, true),
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, true),
    RDF_XML("application/rdf+xml", Lang.RDFXML, true);

    final MediaType mediaType;
    final Lang lang;
    final boolean graph;

    ResultFormat(String mediaType, Lang lang, boolean graph) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.graph = graph;
    }

    /**
     * The best format the client accepts for a result that is a graph or a table; the first of its
     * kind (SPARQL JSON, Turtle) where the client accepts anything. Empty when nothing fits.
     */
    static Optional<ResultFormat> negotiate(String accept, boolean graphResult) {
        List<MediaType> accepted = accept == null || accept.isBlank()
                ? List.of(MediaType.ALL)
                : MediaType.parseMediaTypes(accept);
        accepted = new java.util.ArrayList<>(accepted);
        org.springframework.util.MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType wanted : accepted) {
            for (ResultFormat format : values()) {
                if (format.graph == graphResult && wanted.includes(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
