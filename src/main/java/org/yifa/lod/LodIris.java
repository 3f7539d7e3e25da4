package org.yifa.lod;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Where the IRIs below {@code https://w3id.org/yifa/} live on this service: the path after that
 * base is the local path, so {@code https://w3id.org/yifa/id/model-unit-goals/item/1.4} is served
 * at {@code /id/model-unit-goals/item/1.4} and {@code https://w3id.org/yifa/ont#Item} at
 * {@code /ont#Item}. Ontology terms and shapes are hash IRIs: their document is {@code /ont} or
 * {@code /shapes}.
 */
final class LodIris {

    static final String BASE = "https://w3id.org/yifa/";
    static final String ONTOLOGY = BASE + "ont";
    static final String SHAPES = BASE + "shapes";
    static final String VOID = BASE + "void";

    private LodIris() {
    }

    /** The IRI a request path stands for; the path is as received, percent-encoded. */
    static String iriOfPath(String encodedPath) {
        return BASE + UriUtils.decode(stripSlash(encodedPath), StandardCharsets.UTF_8);
    }

    /** The same, without decoding: for an IRI that was itself minted with percent-escapes. */
    static String rawIriOfPath(String encodedPath) {
        return BASE + stripSlash(encodedPath);
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static boolean isLocal(String iri) {
        return iri.startsWith(BASE);
    }

    /**
     * The local link for an IRI below the base (percent-encoded, with its fragment), or the IRI
     * itself for any other.
     */
    static String href(String contextPath, String iri) {
        if (!isLocal(iri)) {
            return iri;
        }
        String rest = iri.substring(BASE.length());
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String path = contextPath + "/" + UriUtils.encodePath(rest, StandardCharsets.UTF_8);
        return fragment == null ? path : path + "#" + UriUtils.encodeFragment(fragment, StandardCharsets.UTF_8);
    }

    /** The document an IRI is described in: the IRI without its fragment. */
    static String document(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
