package org.yifa.lod;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.stereotype.Component;
import org.yifa.store.load.DataFiles;

/**
 * The published JSON-LD context ({@code /context.jsonld}, file {@code static/context.jsonld}):
 * its prefixes name namespaces in every RDF answer, and JSON-LD answers are compacted with it.
 */
@Component
class JsonLdContext {

    /** Looked up once: {@code Json.create…} finds the provider through a ServiceLoader on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    static final String FILE = "static/context.jsonld";
    static final String PATH = "/context.jsonld";

    private static final JsonWriterFactory PRETTY = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** Integers JSON carries exactly (well inside a long, no leading zeros or sign). */
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,17}");

    private final byte[] bytes;
    private final JsonDocument document;
    private final PrefixMapping prefixes;
    private final JsonObject contextObject;
    private final JsonLdStream.Vocabulary vocabulary;

    JsonLdContext() {
        this.bytes = DataFiles.read(FILE);
        try {
            this.document = JsonDocument.of(new ByteArrayInputStream(bytes));
        } catch (JsonLdError e) {
            throw new IllegalStateException(FILE + ": " + e.getMessage(), e);
        }
        this.prefixes = PrefixMapping.Factory.create();
        JsonObject context = document.getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
        this.contextObject = context;
        this.vocabulary = new JsonLdStream.Vocabulary(context);
        // A term whose value is a namespace (ending in # or /) is a prefix, as JSON-LD 1.1 defines.
        context.forEach((term, value) -> {
            if (!term.startsWith("@") && value instanceof JsonString s
                    && (s.getString().endsWith("#") || s.getString().endsWith("/"))) {
                prefixes.setNsPrefix(term, s.getString());
            }
        });
        prefixes.lock();
    }

    byte[] bytes() {
        return bytes;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /**
     * A streaming JSON-LD writer for big graphs (see {@link JsonLdStream}); {@code contextUrl} null
     * embeds the context itself. Close it to finish the document.
     */
    JsonLdStream stream(String contextUrl, OutputStream out) {
        return new JsonLdStream(vocabulary, contextUrl == null ? contextObject : JSON.createValue(contextUrl), out);
    }

    /**
     * Writes a (small) graph as JSON-LD compacted with the context: the node of {@code main} first,
     * blank nodes that are referenced once nested where they are used.
     */
    void write(Graph graph, String main, String contextUrl, OutputStream out) {
        write(DatasetGraphFactory.wrap(graph), main, contextUrl, out);
    }

    /**
     * The top-level nodes with {@code main} first, and each blank node that is referenced exactly
     * once moved into the place that references it (as framing with {@code @embed @once} would).
     */
    private JsonArray arrange(JsonArray nodes, String main) {
        String id = vocabulary.idKey();
        Map<String, JsonObject> blanks = new LinkedHashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> references = new HashMap<>();
        for (JsonValue node : nodes) {
            if (node instanceof JsonObject o && o.get(id) instanceof JsonString s && s.getString().startsWith("_:")) {
                blanks.put(s.getString(), o);
            }
        }
        nodes.forEach(n -> count(n, id, occurrences, references, true));
        Set<String> nested = new HashSet<>();
        references.forEach((label, n) -> {
            if (n == 1 && occurrences.get(label) == 1 && blanks.containsKey(label)) {
                nested.add(label);
            }
        });
        String shortMain = main == null ? null : vocabulary.compact(main);
        var first = JSON.createArrayBuilder();
        var rest = JSON.createArrayBuilder();
        Set<String> inlined = new HashSet<>();
        for (JsonValue node : nodes) {
            String nodeId = node instanceof JsonObject o && o.get(id) instanceof JsonString s ? s.getString() : null;
            if (nodeId != null && nested.contains(nodeId)) {
                continue;
            }
            JsonValue embedded = embed(node, id, blanks, nested, new HashSet<>(), inlined, true);
            if (nodeId != null && (nodeId.equals(main) || nodeId.equals(shortMain))) {
                first.add(embedded);
            } else {
                rest.add(embedded);
            }
        }
        // Blank nodes that only refer to each other in a cycle are reached from nowhere: keep them on top.
        for (String label : nested) {
            if (!inlined.contains(label)) {
                rest.add(blanks.get(label));
            }
        }
        JsonArray ordered = first.build();
        var all = JSON.createArrayBuilder(ordered);
        rest.build().forEach(all::add);
        return all.build();
    }

    /**
     * Counts where each blank node label occurs (any string, so that a label used through an
     * {@code @id}-typed term is counted too) and how often as a reference object {@code {"iri": "_:b"}}.
     */
    private static void count(JsonValue value, String id, Map<String, Integer> occurrences,
                              Map<String, Integer> references, boolean top) {
        if (value instanceof JsonString s && s.getString().startsWith("_:")) {
            occurrences.merge(s.getString(), 1, Integer::sum);
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> count(v, id, occurrences, references, false));
        } else if (value instanceof JsonObject object) {
            if (!top && object.size() == 1 && object.get(id) instanceof JsonString s && s.getString().startsWith("_:")) {
                references.merge(s.getString(), 1, Integer::sum);
            }
            object.forEach((k, v) -> {
                if (!(top && k.equals(id)) && !k.equals("@context")) {
                    count(v, id, occurrences, references, false);
                }
            });
        }
    }

    private static JsonValue embed(JsonValue value, String id, Map<String, JsonObject> blanks, Set<String> nested,
                                   Set<String> path, Set<String> inlined, boolean top) {
        if (value instanceof JsonArray array) {
            var copy = JSON.createArrayBuilder();
            array.forEach(v -> copy.add(embed(v, id, blanks, nested, path, inlined, false)));
            return copy.build();
        }
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        if (!top && object.size() == 1 && object.get(id) instanceof JsonString s && nested.contains(s.getString())
                && path.add(s.getString())) {
            inlined.add(s.getString());
            JsonObjectBuilder node = JSON.createObjectBuilder();
            blanks.get(s.getString()).forEach((k, v) -> {
                if (!k.equals(id)) {
                    node.add(k, embed(v, id, blanks, nested, path, inlined, false));
                }
            });
            path.remove(s.getString());
            return node.build();
        }
        JsonObjectBuilder copy = JSON.createObjectBuilder();
        object.forEach((k, v) -> copy.add(k, k.equals(id) ? v : embed(v, id, blanks, nested, path, inlined, false)));
        return copy.build();
    }

    /**
     * Integers and booleans as JSON numbers and booleans, as the JSON-LD option useNativeTypes
     * would do; Titanium 1.7 drops language tags when that option is on, so it is done here. Only
     * canonical forms are converted, so that reading the JSON-LD back gives the same literals.
     */
    private static JsonValue nativeTypes(JsonValue value) {
        if (value instanceof JsonArray array) {
            var copy = JSON.createArrayBuilder();
            array.forEach(v -> copy.add(nativeTypes(v)));
            return copy.build();
        }
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        if (object.containsKey("@value") && object.size() == 2 && object.get("@type") instanceof JsonString type
                && object.get("@value") instanceof JsonString lexical) {
            String text = lexical.getString();
            if (type.getString().equals(XSD + "integer") && CANONICAL_INTEGER.matcher(text).matches()) {
                return JSON.createObjectBuilder().add("@value", Long.parseLong(text)).build();
            }
            if (type.getString().equals(XSD + "boolean") && (text.equals("true") || text.equals("false"))) {
                return JSON.createObjectBuilder().add("@value", Boolean.parseBoolean(text)).build();
            }
            return object;
        }
        JsonObjectBuilder copy = JSON.createObjectBuilder();
        object.forEach((k, v) -> copy.add(k, nativeTypes(v)));
        return copy.build();
    }

    void write(DatasetGraph data, String main, String contextUrl, OutputStream out) {
        JsonObject compacted;
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(data))).get();
            compacted = JsonLd.compact(JsonDocument.of((JsonArray) nativeTypes(expanded)), document).ordered(true).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        JsonObjectBuilder result = JSON.createObjectBuilder();
        result.add("@context", contextUrl == null ? compacted.get("@context") : JSON.createValue(contextUrl));
        for (Map.Entry<String, JsonValue> entry : compacted.entrySet()) {
            if (entry.getKey().equals("@graph") && entry.getValue() instanceof JsonArray nodes) {
                result.add("@graph", arrange(nodes, main));
            } else if (!entry.getKey().equals("@context")) {
                result.add(entry.getKey(), entry.getValue());
            }
        }
        PRETTY.createWriter(out).write(result.build());
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
