package org.yifa.lod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

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
     * The offered format the client prefers ({@code application/json} counts as asking for JSON-LD): highest q first, then the more specific media range
     * (an exact type beats {@code text/*} beats {@code *}{@code /*}), then the client's order, then
     * the order of {@code offered}. A missing or unreadable Accept header accepts anything.
     */
    static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offered) {
        List<MediaType> ranges = parse(accept);
        RdfFormat best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        int bestIndex = Integer.MAX_VALUE;
        for (RdfFormat format : offered) {
            for (int i = 0; i < ranges.size(); i++) {
                MediaType range = ranges.get(i);
                boolean alias = format == JSON_LD && range.equalsTypeAndSubtype(MediaType.APPLICATION_JSON);
                if (!range.includes(format.mediaType) && !alias) {
                    continue;
                }
                double q = range.getQualityValue();
                int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                int index = specificity == 2 ? i : Integer.MAX_VALUE;
                boolean better = q > bestQ
                        || q == bestQ && specificity > bestSpecificity
                        || q == bestQ && specificity == bestSpecificity && index < bestIndex;
                if (q > 0 && better) {
                    best = format;
                    bestQ = q;
                    bestSpecificity = specificity;
                    bestIndex = index;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the client asks for a web page rather than data (for error pages). */
    static boolean prefersHtml(String accept) {
        return negotiate(accept, List.of(TURTLE, HTML)).orElse(TURTLE) == HTML;
    }

    private static List<MediaType> parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            return new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return List.of(MediaType.ALL);
        }
    }
}
