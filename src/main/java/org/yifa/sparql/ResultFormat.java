package org.yifa.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.MediaType;
import org.yifa.accept.AcceptHeader;

/**
 * The serialisations of query results the service offers ({@code /sparql}, {@code /api/queries}), and
 * how a client picks one: the Accept header, or a {@code format=} parameter as Fuseki takes it.
 */
public enum ResultFormat {
    RESULTS_JSON("application/sparql-results+json", ResultSetLang.RS_JSON, false),
    JSON("application/json", ResultSetLang.RS_JSON, false),
    RESULTS_XML("application/sparql-results+xml", ResultSetLang.RS_XML, false),
    XML("application/xml", ResultSetLang.RS_XML, false),
    CSV("text/csv", ResultSetLang.RS_CSV, false),
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV, false),
    TURTLE("text/turtle", Lang.TURTLE, true),
    JSON_LD("application/ld+json", Lang.JSONLD, true),
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, true),
    RDF_XML("application/rdf+xml", Lang.RDFXML, true);

    /** {@code format=} names, as Fuseki takes them: name → (format for a table, format for a graph). */
    private static final Map<String, ResultFormat[]> NAMES = Map.ofEntries(
            Map.entry("json", new ResultFormat[] {RESULTS_JSON, JSON_LD}),
            Map.entry("xml", new ResultFormat[] {RESULTS_XML, RDF_XML}),
            Map.entry("csv", new ResultFormat[] {CSV, null}),
            Map.entry("tsv", new ResultFormat[] {TSV, null}),
            Map.entry("ttl", new ResultFormat[] {null, TURTLE}),
            Map.entry("turtle", new ResultFormat[] {null, TURTLE}),
            Map.entry("jsonld", new ResultFormat[] {null, JSON_LD}),
            Map.entry("json-ld", new ResultFormat[] {null, JSON_LD}),
            Map.entry("nt", new ResultFormat[] {null, N_TRIPLES}),
            Map.entry("ntriples", new ResultFormat[] {null, N_TRIPLES}),
            Map.entry("n-triples", new ResultFormat[] {null, N_TRIPLES}),
            Map.entry("rdfxml", new ResultFormat[] {null, RDF_XML}),
            Map.entry("rdf+xml", new ResultFormat[] {null, RDF_XML}),
            Map.entry("n3", new ResultFormat[] {null, TURTLE}),
            Map.entry("rdf", new ResultFormat[] {null, RDF_XML}));

    private final MediaType mediaType;
    private final Lang lang;
    private final boolean graph;

    ResultFormat(String mediaType, Lang lang, boolean graph) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.graph = graph;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The Jena language to write with: a result-set language for tables, an RDF syntax for graphs. */
    public Lang lang() {
        return lang;
    }

    /** Whether this serialises a graph (CONSTRUCT, DESCRIBE) rather than a table (SELECT, ASK). */
    public boolean isGraph() {
        return graph;
    }

    /** Whether {@code name} is a {@code format=} value at all. */
    public static boolean known(String name) {
        return NAMES.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The format a {@code format=} name stands for, for a table or a graph; empty if it has none for that kind. */
    public static Optional<ResultFormat> named(String name, boolean graphResult) {
        ResultFormat[] pair = NAMES.get(name.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(pair == null ? null : pair[graphResult ? 1 : 0]);
    }

    /** The names {@code format=} takes, for messages. */
    public static String names() {
        return String.join(", ", new java.util.TreeSet<>(NAMES.keySet()));
    }

    /**
     * The format the client prefers among those that fit a table or a graph, by {@link AcceptHeader}
     * (RFC 9110): highest weight of the most specific range covering it, then this enum's order
     * (SPARQL JSON, Turtle). Empty when the client accepts none of them.
     */
    public static Optional<ResultFormat> negotiate(String accept, boolean graphResult) {
        List<ResultFormat> offered = java.util.Arrays.stream(values()).filter(f -> f.graph == graphResult).toList();
        return AcceptHeader.parse(accept).choose(offered, f -> List.of(f.mediaType));
    }
}
