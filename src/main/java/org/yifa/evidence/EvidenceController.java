package org.yifa.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A unit's records: {@code POST /api/units/{unitId}/evidence} takes one upload (Turtle, JSON-LD,
 * CSV or XLSX as the body, or a multipart form with a {@code file} part), {@code GET} lists what the
 * unit has in every graph.
 */
@RestController
class EvidenceController {

    private final EvidenceIntake intake;
    private final EvidenceListing listing;
    private final EvidenceProperties properties;

    EvidenceController(EvidenceIntake intake, EvidenceListing listing, EvidenceProperties properties) {
        this.intake = intake;
        this.listing = listing;
        this.properties = properties;
    }

    @PostMapping("/api/units/{unitId}/evidence")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String unitId,
            @RequestParam(required = false) String submittedBy, HttpServletRequest request) throws IOException {
        long limit = properties.maxUploadBytes();
        UploadReceipt receipt;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new UploadRejected(400, "A multipart upload needs its file in a part named 'file'");
            }
            if (file.getSize() > limit) {
                throw EvidenceIntake.tooLarge(limit);
            }
            UploadFormat format = UploadFormat.ofMediaType(file.getContentType())
                    .or(() -> UploadFormat.ofFileName(file.getOriginalFilename()))
                    .orElseThrow(() -> unsupported("the part 'file' (" + file.getOriginalFilename() + ", "
                            + file.getContentType() + ")"));
            receipt = intake.accept(unitId, format, file.getBytes(), submittedBy, file.getOriginalFilename(),
                    charset(file.getContentType()));
        } else {
            String contentType = request.getContentType();
            UploadFormat format = UploadFormat.ofMediaType(contentType)
                    .orElseThrow(() -> unsupported(contentType == null ? "a body without Content-Type" : contentType));
            receipt = intake.accept(unitId, format, read(request.getInputStream(), limit), submittedBy, null,
                    charset(contentType));
        }
        return ResponseEntity.created(URI.create("/api/units/" + unitId + "/evidence")).body(receipt.json());
    }

    @GetMapping("/api/units/{unitId}/evidence")
    Map<String, Object> list(@PathVariable String unitId) {
        return listing.of(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No unit '" + unitId + "'"));
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<Map<String, Object>> rejected(UploadRejected e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.json());
    }

    private static UploadRejected unsupported(String what) {
        return new UploadRejected(415, "Unsupported upload format: " + what + "; send " + UploadFormat.accepted());
    }

    private static Charset charset(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type == null ? null : type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the body up to the limit. Past it the rest is read and dropped (up to four times the
     * limit) so that the client, still sending, gets the 413 instead of a reset connection.
     */
    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                while (total <= 4 * limit && (n = in.read(buffer)) != -1) {
                    total += n;
                }
                throw EvidenceIntake.tooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
