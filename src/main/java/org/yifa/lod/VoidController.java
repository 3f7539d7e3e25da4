package org.yifa.lod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The VoID description of the published dataset: {@code /downloads/void.ttl} (a Turtle file),
 * and {@code /void} or {@code /.well-known/void} in any format, HTML included.
 */
@Controller
class VoidController {

    private final Dumps dumps;
    private final Describer describer;
    private final JsonLdContext context;

    VoidController(Dumps dumps, Describer describer, JsonLdContext context) {
        this.dumps = dumps;
        this.describer = describer;
        this.context = context;
    }

    @GetMapping("/downloads/void.ttl")
    ResponseEntity<byte[]> file(HttpServletRequest request, WebRequest web) {
        byte[] turtle = turtle(request);
        // The description depends on the data and on the host it names, so the tag is of the bytes themselves.
        String etag = "\"" + org.springframework.util.DigestUtils.md5DigestAsHex(turtle) + "\"";
        if (web.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/turtle;charset=UTF-8"))
                .eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("void.ttl").build().toString())
                .body(turtle);
    }

    @GetMapping({"/void", "/.well-known/void"})
    void negotiated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RdfFormat> offered = RdfFormat.forResources();
        Optional<RdfFormat> format = Negotiation.choose(request, response, offered);
        if (format.isEmpty()) {
            return;
        }
        Graph graph = describe(request);
        Negotiation.headers(response, format.get(), offered);
        OutputStream out = response.getOutputStream();
        switch (format.get()) {
            case HTML -> {
                Description d = describer.document(NodeFactory.createURI(LodIris.VOID), graph);
                out.write(Pages.document(d, request.getContextPath(), graph.getPrefixMapping(), offered)
                        .getBytes(StandardCharsets.UTF_8));
            }
            case JSON_LD -> context.write(graph, VoidDescription.DATASET, Negotiation.contextUrl(request), out);
            case TURTLE -> RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
            case N_TRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
            case RDF_XML -> RDFWriter.source(graph).format(RDFFormat.RDFXML_ABBREV).output(out);
            default -> throw new IllegalStateException(format.get() + " is offered for graphs only");
        }
        out.flush();
    }

    /** The VoID graph for this request's host, as Turtle bytes (for the downloads page). */
    byte[] turtle(HttpServletRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(describe(request)).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toByteArray();
    }

    Graph describe(HttpServletRequest request) {
        String service = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return VoidDescription.build(describer.newGraph(), dumps.current().stats(), service);
    }
}
