package org.yifa.evidence;

import java.util.List;

/** {@code GET /api/units/{unitId}/evidence}: everything a unit has in the store, in every graph. */
record EvidenceList(EvidenceUnit unit, List<EvidenceRow> evidence, List<JudgementRow> judgements, List<VetoRow> vetoes) {
}
