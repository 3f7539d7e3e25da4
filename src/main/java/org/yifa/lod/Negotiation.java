package org.yifa.lod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yifa.api.ApiProblem;

/** Choosing a representation for a request, and the plain answers when none fits or nothing is found. */
final class Negotiation {

    private Negotiation() {
    }

    /**
     * The format asked for by {@code ?format=} or else by the Accept header; empty after answering
     * 400 (unknown {@code format=}); throws 406 when nothing offered is acceptable.
     */
    static Optional<RdfFormat> choose(HttpServletRequest request, HttpServletResponse response, List<RdfFormat> offered)
            throws IOException {
        String param = request.getParameter("format");
        if (param != null) {
            Optional<RdfFormat> named = RdfFormat.named(param).filter(offered::contains);
            if (named.isEmpty()) {
                ApiProblem.write(response, HttpStatus.BAD_REQUEST, "Unknown format '" + param + "'; use one of: "
                        + offered.stream().map(RdfFormat::param).collect(Collectors.joining(", ")));
            }
            return named;
        }
        Optional<RdfFormat> format = RdfFormat.negotiate(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (format.isEmpty()) {
            // 406 as the API's other errors: application/problem+json (api.ProblemAnswers).
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "None of the accepted media types is "
                    + "offered here; offered: "
                    + offered.stream().map(f -> f.mediaType.toString()).collect(Collectors.joining(", ")));
        }
        return format;
    }

    /** Headers every negotiated answer carries: its type, Vary, and links to the other formats. */
    static void headers(HttpServletResponse response, RdfFormat format, List<RdfFormat> offered) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(format.mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(HttpHeaders.LINK, offered.stream().filter(f -> f != format)
                .map(f -> "<?format=" + f.param() + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"")
                .collect(Collectors.joining(", ")));
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response, String iri) throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (RdfFormat.prefersHtml(request.getHeader(HttpHeaders.ACCEPT))) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(Pages.notFound(iri, request.getContextPath()).getBytes(StandardCharsets.UTF_8));
        } else {
            ApiProblem.write(response, HttpStatus.NOT_FOUND, "Not found: the store holds nothing about <" + iri + ">");
        }
    }

    /** The absolute URL of the published context, on this service. */
    static String contextUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path(JsonLdContext.PATH).toUriString();
    }
}
