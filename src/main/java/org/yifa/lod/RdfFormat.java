package org.yifa.lod;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;
import org.yifa.accept.AcceptHeader;

/** The representations of a resource, and content negotiation between them. */
enum RdfFormat {
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    HTML("text/html", null, "html"),
    JSON_LD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    RDF_XML("application/rdf+xml", Lang.RDFXML, "rdf", "rdfxml", "xml"),
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples"),
    TRIG("application/trig", Lang.TRIG, "trig"),
    N_QUADS("application/n-quads", Lang.NQUADS, "nq", "nquads");

    final MediaType mediaType;
    final Lang lang;
    /** The first name is what {@code ?format=} links use. */
    final List<String> names;

    RdfFormat(String mediaType, Lang lang, String... names) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.names = List.of(names);
    }

    String param() {
        return names.get(0);
    }

    /** Formats that carry graph names; offered for named graphs only. */
    boolean quads() {
        return this == TRIG || this == N_QUADS;
    }

    static List<RdfFormat> forResources() {
        return Arrays.stream(values()).filter(f -> !f.quads()).toList();
    }

    static List<RdfFormat> forGraphs() {
        return List.of(values());
    }

    /** The format a {@code ?format=} value names, if any. */
    static Optional<RdfFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(wanted)).findFirst();
    }

    /**
     * The offered format the client prefers, by {@link AcceptHeader} (RFC 9110): highest weight of
     * the most specific range covering it, then the order of {@code offered};
     * {@code application/json} also asks for JSON-LD.
     */
    static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offered) {
        return AcceptHeader.parse(accept).choose(offered, RdfFormat::mediaTypes);
    }

    private List<MediaType> mediaTypes() {
        return this == JSON_LD ? List.of(mediaType, MediaType.APPLICATION_JSON) : List.of(mediaType);
    }

    /** Whether the client asks for a web page rather than data (for error pages). */
    static boolean prefersHtml(String accept) {
        return negotiate(accept, List.of(TURTLE, HTML)).orElse(TURTLE) == HTML;
    }
}
