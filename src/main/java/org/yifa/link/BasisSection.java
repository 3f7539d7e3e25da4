package org.yifa.link;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yifa.framework.ItemSection;

/** The {@code basis} of {@code GET /api/items/{notation}}: the basis then (the checklist's date) and now, side by side. */
@Component
class BasisSection implements ItemSection {

    private final Basis basis;
    private final ChecklistTime time;
    private final ZoneId zone;

    BasisSection(Basis basis, ChecklistTime time, @Value("${yifa.evidence.zone:Asia/Shanghai}") String zone) {
        this.basis = basis;
        this.time = time;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public String name() {
        return "basis";
    }

    @Override
    public BasisThenAndNow describe(String itemIri, String notation) {
        return new BasisThenAndNow(time.referenceDate().toString(), time.certainty(), time.evidence(),
                basis.on(notation, time.referenceDate()).links(), basis.on(notation, LocalDate.now(zone)).links());
    }

    /** The item's curated links as in force on the checklist's date ({@code then}) and today ({@code now}). */
    @Schema(description = "An item's basis on the checklist's date and today, link by link")
    record BasisThenAndNow(@Schema(example = "2016-01-01") String checklistDate,
                           @Schema(description = "configured, or the checklist's own certainty", example = "approximate")
                           String checklistDateCertainty,
                           @Schema(types = {"string", "null"}, description = "the source's words that date the checklist")
                           String checklistDateEvidence,
                           List<BasisOnDate.BasisLink> then,
                           List<BasisOnDate.BasisLink> now) {
    }
}
