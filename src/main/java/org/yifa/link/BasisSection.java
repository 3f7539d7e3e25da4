package org.yifa.link;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public Object describe(String itemIri, String notation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checklistDate", time.referenceDate().toString());
        json.put("checklistDateCertainty", time.certainty());
        json.put("checklistDateEvidence", time.evidence());
        json.put("then", basis.on(notation, time.referenceDate()).get("links"));
        json.put("now", basis.on(notation, LocalDate.now(zone)).get("links"));
        return json;
    }
}
