package org.yifa.trust;

import java.nio.charset.StandardCharsets;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Defects found by these tests in code this branch does not change ({@code org.yifa.sparql}); the
 * fuzz tests count them apart instead of failing, and {@link SparqlDefectsTest} states the expected
 * behaviour (disabled until fixed).
 */
final class KnownDefects {

    private KnownDefects() {
    }

    /** {@code /sparql} answers 500 when the Accept header does not parse as media types. */
    static boolean sparqlWithInvalidAccept(byte[] request) {
        String text = new String(request, StandardCharsets.UTF_8);
        if (!text.matches("(?s)[A-Z]+ /sparql[ ?].*")) {
            return false;
        }
        for (String line : text.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "Accept:", 0, 7)) {
                try {
                    MediaType.parseMediaTypes(line.substring(7).strip());
                } catch (InvalidMediaTypeException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
