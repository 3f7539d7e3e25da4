package org.yifa.evidence;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/evidence/template.xlsx}: the spreadsheet to keep a unit's evidence ledger in. */
@RestController
class EvidenceTemplateController {

    private final EvidenceStore store;

    EvidenceTemplateController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/api/evidence/template.xlsx")
    ResponseEntity<byte[]> template() {
        byte[] xlsx = Template.build(store.evidenceTypeLabels(), store.terms().vetoItems().keySet().stream().sorted().toList(),
                store.eventTypeLabels());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(UploadFormat.XLSX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("evidence-template.xlsx").build().toString())
                .body(xlsx);
    }
}
