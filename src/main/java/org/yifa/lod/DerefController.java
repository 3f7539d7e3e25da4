package org.yifa.lod;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Dereferencing: every IRI below {@code https://w3id.org/yifa/} is answered at its own path on
 * this service, in the format the client asks for (Accept, or {@code ?format=ttl|jsonld|rdf|nt|html}).
 * The answer is a direct 200, not a 303 redirect: the IRIs name things (an item, a law), but this
 * service serves descriptions only, so there is no ambiguity for a client to resolve.
 *
 * <ul>
 * <li>{@code /id/…} — one resource: its Concise Bounded Description plus labels of what it links to;</li>
 * <li>{@code /ont} — the whole ontology ({@code yf:} terms are hash IRIs of it);</li>
 * <li>{@code /shapes} — the SHACL shapes;</li>
 * <li>{@code /graph/…} — a whole named graph (Turtle, N-Triples, TriG, N-Quads, RDF/XML, JSON-LD).</li>
 * </ul>
 */
@Controller
class DerefController {

    private final Describer describer;
    private final StoreGraphs graphs;
    private final JsonLdContext context;

    DerefController(Describer describer, StoreGraphs graphs, JsonLdContext context) {
        this.describer = describer;
        this.graphs = graphs;
        this.context = context;
    }

    @GetMapping("/id/**")
    void resource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        String iri = LodIris.iriOfPath(path);
        List<RdfFormat> offered = RdfFormat.forResources();
        Optional<Description> description = describer.describe(iri, LodIris.rawIriOfPath(path));
        if (description.isEmpty()) {
            Negotiation.notFound(request, response, iri);
            return;
        }
        Optional<RdfFormat> format = Negotiation.choose(request, response, offered);
        if (format.isPresent()) {
            write(description.get(), format.get(), false, request, response, offered);
        }
    }

    @GetMapping("/ont")
    void ontology(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RdfFormat> offered = RdfFormat.forResources();
        Optional<RdfFormat> format = Negotiation.choose(request, response, offered);
        if (format.isPresent()) {
            write(describer.ontology(), format.get(), true, request, response, offered);
        }
    }

    @GetMapping("/shapes")
    void shapes(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RdfFormat> offered = RdfFormat.forResources();
        Optional<RdfFormat> format = Negotiation.choose(request, response, offered);
        if (format.isPresent()) {
            write(describer.shapes(), format.get(), true, request, response, offered);
        }
    }

    @GetMapping("/graph/**")
    void graph(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        String iri = LodIris.iriOfPath(path);
        if (!graphs.exists(iri)) {
            iri = LodIris.rawIriOfPath(path);
            if (!graphs.exists(iri)) {
                Negotiation.notFound(request, response, LodIris.iriOfPath(path));
                return;
            }
        }
        List<RdfFormat> offered = RdfFormat.forGraphs();
        Optional<RdfFormat> format = Negotiation.choose(request, response, offered);
        if (format.isEmpty()) {
            return;
        }
        Negotiation.headers(response, format.get(), offered);
        if (format.get() == RdfFormat.HTML) {
            String page = Pages.graph(graphs.summary(iri), request.getContextPath(), context.prefixes(), offered);
            response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        } else {
            graphs.write(iri, format.get(), Negotiation.contextUrl(request), response.getOutputStream());
        }
    }

    private void write(Description d, RdfFormat format, boolean document, HttpServletRequest request,
                       HttpServletResponse response, List<RdfFormat> offered) throws IOException {
        Negotiation.headers(response, format, offered);
        OutputStream out = response.getOutputStream();
        switch (format) {
            case HTML -> {
                String page = document
                        ? Pages.document(d, request.getContextPath(), context.prefixes(), offered)
                        : Pages.resource(d, request.getContextPath(), context.prefixes(), offered);
                out.write(page.getBytes(StandardCharsets.UTF_8));
            }
            case JSON_LD -> context.write(d.graph(), d.resource().getURI(), Negotiation.contextUrl(request), out);
            case TURTLE -> RDFWriter.source(d.graph()).format(RDFFormat.TURTLE_PRETTY).output(out);
            case N_TRIPLES -> RDFWriter.source(d.graph()).format(RDFFormat.NTRIPLES).output(out);
            case RDF_XML -> RDFWriter.source(d.graph()).format(RDFFormat.RDFXML_ABBREV).output(out);
            default -> throw new IllegalStateException(format + " is offered for graphs only");
        }
        out.flush();
    }

    /** The request path below the context, still percent-encoded. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
