package org.yifa.link;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/drift}: for every item resting on a provision, where the law changed after the
 * checklist's reference date ({@code yifa.drift.reference-date}); a list ordered by item, one entry
 * per item, provision and change.
 */
@RestController
class DriftController {

    private final DriftReport report;

    DriftController(DriftReport report) {
        this.report = report;
    }

    @GetMapping("/api/drift")
    List<DriftReport.Change> drift() {
        return report.changes();
    }
}
