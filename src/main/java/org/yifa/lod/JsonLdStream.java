package org.yifa.lod;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes JSON-LD as a stream, one node object per subject, using the terms and prefixes of the
 * published context: for graphs too big to compact in memory (the dumps, whole named graphs). A
 * value takes a term of the context only where the term's coercion fits it exactly (an {@code @id}
 * term for an IRI, a {@code @language} term for a string in that language, a plain term for
 * anything); otherwise its key is the compact IRI of the property and its value is explicit. So
 * the output, expanded with the context, gives back exactly the triples written.
 */
final class JsonLdStream implements AutoCloseable {

    /** Looked up once: {@code Json.create…} finds the provider through a ServiceLoader on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,17}");
    private static final JsonGeneratorFactory PRETTY = JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /** How a term of the context coerces its values. */
    private enum Kind { PLAIN, ID, LANGUAGE }

    private record Term(String name, Kind kind, String language) {
    }

    /** The terms and prefixes of a context, read once. */
    static final class Vocabulary {
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final Map<String, List<Term>> terms = new HashMap<>();
        private String idKey = "@id";

        Vocabulary(JsonObject context) {
            context.forEach((name, value) -> {
                if (!name.startsWith("@") && value instanceof JsonString s
                        && (s.getString().endsWith("#") || s.getString().endsWith("/"))) {
                    prefixes.put(name, s.getString());
                }
            });
            context.forEach((name, value) -> {
                if (name.startsWith("@")) {
                    return;
                }
                if (value instanceof JsonString s) {
                    if (s.getString().equals("@id")) {
                        idKey = name;
                    } else if (!prefixes.containsKey(name)) {
                        add(expand(s.getString()), new Term(name, Kind.PLAIN, null));
                    }
                } else if (value instanceof JsonObject definition && definition.get("@id") instanceof JsonString id
                        && !definition.containsKey("@reverse") && !definition.containsKey("@container")) {
                    String iri = expand(id.getString());
                    JsonValue type = definition.get("@type");
                    JsonValue language = definition.get("@language");
                    if (type == null && language instanceof JsonString lang) {
                        add(iri, new Term(name, Kind.LANGUAGE, lang.getString().toLowerCase()));
                    } else if (type instanceof JsonString t && t.getString().equals("@id") && language == null) {
                        add(iri, new Term(name, Kind.ID, null));
                    } else if (type == null && language == null) {
                        add(iri, new Term(name, Kind.PLAIN, null));
                    }
                    // Datatype and @vocab coercions are not used for output: the compact IRI key is exact.
                }
            });
        }

        private void add(String iri, Term term) {
            terms.computeIfAbsent(iri, k -> new ArrayList<>()).add(term);
        }

        private String expand(String value) {
            int colon = value.indexOf(':');
            if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
                return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
            }
            return value;
        }

        /** The key for {@code @id}: the context's alias ("iri"), if it has one. */
        String idKey() {
            return idKey;
        }

        /** The compact IRI with the longest matching namespace, or the IRI itself. */
        String compact(String iri) {
            String best = null;
            int length = 0;
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                String ns = p.getValue();
                if (iri.startsWith(ns) && ns.length() > length && iri.length() > ns.length()
                        && !iri.startsWith("//", ns.length())) {
                    best = p.getKey() + ":" + iri.substring(ns.length());
                    length = ns.length();
                }
            }
            return best == null ? iri : best;
        }
    }

    private final Vocabulary vocabulary;
    private final JsonGenerator json;
    private final Map<Node, String> blankLabels = new HashMap<>();
    private Node subject;
    private final List<Triple> pending = new ArrayList<>();

    /** Starts a document: {@code {"@context": context, "@graph": [}. */
    JsonLdStream(Vocabulary vocabulary, JsonValue context, OutputStream out) {
        this.vocabulary = vocabulary;
        this.json = PRETTY.createGenerator(out);
        json.writeStartObject();
        json.write("@context", context);
        json.writeStartArray("@graph");
    }

    /** Adds a triple; triples of one subject should come together (else the subject gets several node objects). */
    void triple(Triple t) {
        if (subject != null && !subject.equals(t.getSubject())) {
            flush();
        }
        subject = t.getSubject();
        pending.add(t);
    }

    @Override
    public void close() {
        flush();
        json.writeEnd();
        json.writeEnd();
        json.flush();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        json.writeStartObject();
        json.write(vocabulary.idKey, id(subject));
        List<String> types = new ArrayList<>();
        Map<String, List<JsonValue>> byKey = new TreeMap<>();
        Map<String, Kind> kinds = new HashMap<>();
        for (Triple t : pending) {
            Node o = t.getObject();
            if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                types.add(vocabulary.compact(o.getURI()));
                continue;
            }
            Term term = choose(t.getPredicate().getURI(), o);
            String key = term != null ? term.name() : vocabulary.compact(t.getPredicate().getURI());
            Kind kind = term != null ? term.kind() : Kind.PLAIN;
            kinds.put(key, kind);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value(kind, o));
        }
        if (!types.isEmpty()) {
            types.sort(Comparator.naturalOrder());
            if (types.size() == 1) {
                json.write("@type", types.get(0));
            } else {
                json.writeStartArray("@type");
                types.forEach(json::write);
                json.writeEnd();
            }
        }
        byKey.forEach((key, values) -> {
            if (values.size() == 1) {
                json.write(key, values.get(0));
            } else {
                json.writeStartArray(key);
                values.forEach(json::write);
                json.writeEnd();
            }
        });
        json.writeEnd();
        pending.clear();
    }

    private Term choose(String property, Node value) {
        List<Term> candidates = vocabulary.terms.get(property);
        if (candidates == null) {
            return null;
        }
        for (Term term : candidates) {
            boolean fits = switch (term.kind()) {
                case ID -> value.isURI() || value.isBlank();
                case LANGUAGE -> value.isLiteral() && value.getLiteralLanguage().toLowerCase().equals(term.language());
                case PLAIN -> true;
            };
            if (fits) {
                return term;
            }
        }
        return null;
    }

    private JsonValue value(Kind kind, Node o) {
        if (kind == Kind.ID) {
            return JSON.createValue(id(o));
        }
        if (kind == Kind.LANGUAGE) {
            return JSON.createValue(o.getLiteralLexicalForm());
        }
        if (!o.isLiteral()) {
            return JSON.createObjectBuilder().add(vocabulary.idKey, id(o)).build();
        }
        String lexical = o.getLiteralLexicalForm();
        String language = o.getLiteralLanguage();
        String datatype = o.getLiteralDatatypeURI();
        if (!language.isEmpty()) {
            return JSON.createObjectBuilder().add("@value", lexical).add("@language", language).build();
        }
        if (datatype.equals(XSD + "string")) {
            return JSON.createValue(lexical);
        }
        if (datatype.equals(XSD + "integer") && CANONICAL_INTEGER.matcher(lexical).matches()) {
            return JSON.createValue(Long.parseLong(lexical));
        }
        if (datatype.equals(XSD + "boolean") && (lexical.equals("true") || lexical.equals("false"))) {
            return lexical.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JSON.createObjectBuilder().add("@value", lexical).add("@type", vocabulary.compact(datatype)).build();
    }

    private String id(Node node) {
        if (node.isBlank()) {
            return blankLabels.computeIfAbsent(node, n -> "_:b" + blankLabels.size());
        }
        return vocabulary.compact(node.getURI());
    }
}
