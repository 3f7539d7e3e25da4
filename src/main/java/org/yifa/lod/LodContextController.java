package org.yifa.lod;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published JSON-LD context, {@code /context.jsonld} ({@code static/context.jsonld}), with
 * its proper media type: it maps the {@code yf:} terms, the prefixes and the field names of the
 * JSON API that correspond to properties.
 */
@RestController
class LodContextController {

    private final JsonLdContext context;

    LodContextController(JsonLdContext context) {
        this.context = context;
    }

    @GetMapping(JsonLdContext.PATH)
    ResponseEntity<byte[]> context() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(context.bytes());
    }
}
