package org.yifa.evidence;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.lang.RiotParsers;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileWrapper;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * A Turtle or JSON-LD upload, parsed with the line each subject first appears on (Turtle only;
 * the JSON-LD parser does not tell). Remote JSON-LD contexts are never fetched: the server does
 * not go to addresses an upload names.
 */
final class RdfFile {

    /** Relative IRIs in an upload resolve against the records' namespace. */
    static final String BASE = org.yifa.rdf.Yf.ID;

    private static final String TOO_DEEP = "nested too deeply (brackets within brackets) to be read as ";

    /** The parsed graph and the first line of each subject. */
    record Parsed(Model model, Map<Node, Integer> lines) {

        Integer line(Node subject) {
            return lines.get(subject);
        }
    }

    private RdfFile() {
    }

    static java.util.Optional<Parsed> parse(byte[] bytes, UploadFormat format, Problems problems) {
        if (format == UploadFormat.JSON_LD && !wellFormedJson(bytes, problems)) {
            return java.util.Optional.empty();
        }
        Lang lang = format == UploadFormat.TURTLE ? org.apache.jena.riot.RDFLanguages.TURTLE
                : org.apache.jena.riot.RDFLanguages.JSONLD;
        Model model = ModelFactory.createDefaultModel();
        Map<Node, Integer> lines = new HashMap<>();
        ErrorHandler errors = new Failing();
        // A record's line is where its IRI first appears: in Turtle, where the subject is written.
        ParserProfile profile = new ParserProfileWrapper(RiotLib.profile(lang, BASE, errors)) {
            @Override
            public Node createURI(String iri, long line, long col) {
                Node node = super.createURI(iri, line, col);
                if (line > 0) {
                    lines.putIfAbsent(node, (int) line);
                }
                return node;
            }

            @Override
            public Node createURI(org.apache.jena.irix.IRIx iri, long line, long col) {
                Node node = super.createURI(iri, line, col);
                if (line > 0) {
                    lines.putIfAbsent(node, (int) line);
                }
                return node;
            }

            @Override
            public Node createNodeFromToken(Node scope, org.apache.jena.riot.tokens.Token token, long line, long col) {
                Node node = super.createNodeFromToken(scope, token, line, col);
                if (line > 0 && node.isURI()) {
                    lines.putIfAbsent(node, (int) line);
                }
                return node;
            }

            @Override
            public Node create(Node scope, org.apache.jena.riot.tokens.Token token) {
                Node node = super.create(scope, token);
                if (token.getLine() > 0 && node.isURI()) {
                    lines.putIfAbsent(node, (int) token.getLine());
                }
                return node;
            }

            @Override
            public Triple createTriple(Node s, Node p, Node o, long line, long col) {
                if (line > 0) {
                    lines.putIfAbsent(s, (int) line);
                }
                return super.createTriple(s, p, o, line, col);
            }
        };
        try {
            ReaderRIOT reader = lang == org.apache.jena.riot.RDFLanguages.TURTLE
                    ? RiotParsers.factoryTTL.create(lang, profile)
                    : new LangJSONLD11(lang, profile, errors);
            Context context = new Context();
            context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions((url, options) -> {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote documents are not loaded (" + url + "); put the @context inline");
            }));
            reader.read(new ByteArrayInputStream(bytes), BASE, ContentType.create(format.mediaType()),
                    StreamRDFLib.graph(model.getGraph()), context);
        } catch (RiotParseFailure e) {
            problems.add(e.line > 0 ? Position.line((int) e.line) : Position.FILE, null,
                    "not valid " + name(format) + ": " + e.getMessage());
            return java.util.Optional.empty();
        } catch (RiotParseException e) {
            problems.add(e.getLine() > 0 ? Position.line((int) e.getLine()) : Position.FILE, null,
                    "not valid " + name(format) + ": " + e.getOriginalMessage());
            return java.util.Optional.empty();
        } catch (RiotException e) {
            problems.add(Position.FILE, null, "not valid " + name(format) + ": " + e.getMessage());
            return java.util.Optional.empty();
        } catch (StackOverflowError e) {
            // The parsers recurse per level of [ ], ( ) or { }: a deep enough upload would otherwise end in a 500.
            problems.add(Position.FILE, null, TOO_DEEP + name(format));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Parsed(model, lines));
    }

    /** The JSON-LD parser only says "could not be parsed"; a JSON parser says where. */
    private static boolean wellFormedJson(byte[] bytes, Problems problems) {
        try (jakarta.json.stream.JsonParser json = jakarta.json.Json.createParser(new ByteArrayInputStream(bytes))) {
            while (json.hasNext()) {
                json.next();
            }
            return true;
        } catch (jakarta.json.stream.JsonParsingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            problems.add(line > 0 ? Position.line((int) line) : Position.FILE, null, "not valid JSON-LD: " + e.getMessage());
            return false;
        } catch (jakarta.json.JsonException e) {
            problems.add(Position.FILE, null, "not valid JSON-LD: " + e.getMessage());
            return false;
        } catch (StackOverflowError e) {
            problems.add(Position.FILE, null, TOO_DEEP + "JSON-LD");
            return false;
        }
    }

    private static String name(UploadFormat format) {
        return format == UploadFormat.TURTLE ? "Turtle" : "JSON-LD";
    }

    /** Stops at the first error, keeping its line; warnings (e.g. unusual IRIs) are left to SHACL. */
    private static final class Failing implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseFailure(message, line);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseFailure(message, line);
        }
    }

    private static final class RiotParseFailure extends RuntimeException {

        final long line;

        RiotParseFailure(String message, long line) {
            super(message);
            this.line = line;
        }
    }
}
