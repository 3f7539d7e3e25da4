package org.yifa.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.assessment.WhatIf;
import org.yifa.evidence.LedgerTemplate;
import org.yifa.evidence.UploadFormat;

/**
 * A unit's rectification plan (整改清单): {@code GET /api/units/{id}/plan?year=} as JSON and
 * {@code GET /api/units/{id}/plan.xlsx?year=} as a ledger workbook to fill in and upload.
 */
@RestController
class PlanController {

    private final PlanMaker maker;
    private final LedgerTemplate template;

    PlanController(PlanMaker maker, LedgerTemplate template) {
        this.maker = maker;
        this.template = template;
    }

    @Operation(summary = "Rectification plan (整改清单)", description = "What the unit must still supply or do to be "
            + "eligible in the year: per step the evidence type × count, the dates the records may bear, the criteria "
            + "each record counts for, the responsible bodies, the legal basis, the judgements still to give and by "
            + "whom; veto events with the date they leave the window; totals per responsible body. A record that "
            + "counts for several criteria is asked for once. Steps are ordered by deadline, then the larger effort "
            + "first. Nothing is written.")
    @GetMapping("/api/units/{id}/plan")
    Plan plan(@PathVariable String id,
              @Parameter(description = "assessment year; default the last full year") @RequestParam(required = false) Integer year) {
        return maker.make(id, WhatIf.year(year));
    }

    @Operation(summary = "Rectification plan as a ledger workbook", description = "The upload template with one row "
            + "per record and judgement the plan asks for (ids, dates and titles left to fill in) and a sheet 'plan' "
            + "saying for each row the dates it may bear and whom it concerns; filled in, it uploads as it is.")
    @GetMapping("/api/units/{id}/plan.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String id,
                                    @Parameter(description = "assessment year; default the last full year")
                                    @RequestParam(required = false) Integer year) {
        Plan plan = maker.make(id, WhatIf.year(year));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(UploadFormat.XLSX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + plan.unit() + "-" + plan.year() + ".xlsx").build().toString())
                .body(PlanWorkbook.of(plan, template.workbook()));
    }
}
