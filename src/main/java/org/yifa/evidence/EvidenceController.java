package org.yifa.evidence;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
    ResponseEntity<UploadReceipt> upload(@PathVariable String unitId,
            @RequestParam(required = false) String submittedBy, HttpServletRequest request) throws IOException {
        UploadBody body = UploadBody.of(request, properties.maxUploadBytes());
        UploadReceipt receipt = intake.accept(unitId, body.format(), body.bytes(), submittedBy, body.fileName(),
                body.charset());
        return ResponseEntity.created(URI.create("/api/units/" + unitId + "/evidence")).body(receipt);
    }

    @GetMapping("/api/units/{unitId}/evidence")
    EvidenceList list(@PathVariable String unitId) {
        return listing.of(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No unit '" + unitId + "'"));
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<ProblemDetail> rejected(UploadRejected e) {
        return e.answer();
    }
}
