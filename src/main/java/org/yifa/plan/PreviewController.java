package org.yifa.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.rdf.model.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.assessment.Finding;
import org.yifa.assessment.UnitAssessment;
import org.yifa.assessment.WhatIf;
import org.yifa.evidence.EvidenceIntake;
import org.yifa.evidence.EvidenceProperties;
import org.yifa.evidence.UploadBody;

/**
 * What-if: {@code POST /api/units/{id}/assessment/preview?year=} takes a ledger as the upload does
 * (same formats, same checks, same errors) and answers the assessment as it would be after the upload,
 * with the findings that would change. Nothing is written, no round and no audit entry.
 */
@RestController
class PreviewController {

    private final EvidenceIntake intake;
    private final EvidenceProperties properties;
    private final WhatIf whatIf;

    PreviewController(EvidenceIntake intake, EvidenceProperties properties, WhatIf whatIf) {
        this.intake = intake;
        this.properties = properties;
        this.whatIf = whatIf;
    }

    @Operation(summary = "Check a ledger before uploading it (what-if)", description = "Takes what POST "
            + "/api/units/{id}/evidence takes (XLSX, CSV, Turtle, JSON-LD as the body or a multipart 'file' part) and "
            + "checks it the same way (400 with every problem by row/line and field, 404, 413, 415). Answers "
            + "{assessment, before, changes, records}: the assessment as GET …/assessment would answer after the "
            + "upload, the eligibility and counts before it, and every finding whose status or reasons would change. "
            + "Nothing is written.")
    @PostMapping("/api/units/{id}/assessment/preview")
    PreviewAnswer preview(@PathVariable String id,
                                @Parameter(description = "assessment year; default the last full year")
                                @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String submittedBy,
                                HttpServletRequest request) throws IOException {
        int y = WhatIf.year(year);
        UploadBody body = UploadBody.of(request, properties.maxUploadBytes());
        Model records = intake.check(id, body.format(), body.bytes(), submittedBy, body.charset());
        UnitAssessment before = whatIf.assess(id, y, null);
        UnitAssessment after = whatIf.assess(id, y, records);
        return new PreviewAnswer(id, y, WhatIf.summary(after), PreviewBefore.of(WhatIf.summary(before)),
                changes(before, after));
    }

    /** Findings whose status or reasons differ, before → after. */
    static List<FindingChange> changes(UnitAssessment before, UnitAssessment after) {
        List<FindingChange> changes = new ArrayList<>();
        for (Finding now : after.findings()) {
            Finding was = before.finding(now.notation());
            if (was.status() != now.status() || !Objects.equals(was.reasons(), now.reasons())) {
                changes.add(new FindingChange(now.notation(), was.status().label(), now.status().label(), was.reasons(),
                        now.reasons()));
            }
        }
        return changes;
    }
}
