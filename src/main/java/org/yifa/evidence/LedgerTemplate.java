package org.yifa.evidence;

import org.springframework.stereotype.Component;

/** The ledger workbook of {@code GET /api/evidence/template.xlsx}, for features that fill it in (e.g. a rectification plan). */
@Component
public class LedgerTemplate {

    private final EvidenceStore store;

    LedgerTemplate(EvidenceStore store) {
        this.store = store;
    }

    /** The empty template: sheets evidence, judgements, vetoes, events (header rows, drop-down lists) and evidence_types. */
    public byte[] workbook() {
        return Template.build(store.evidenceTypeLabels(), store.terms().vetoItems().keySet().stream().sorted().toList(),
                store.eventTypeLabels());
    }
}
