package org.yifa.link;

import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.yifa.framework.ItemSection;
import org.yifa.query.QueryLibrary;

/**
 * The {@code legalBasisNote} of an item in {@code GET /api/items/{notation}}: why no specific
 * provision can be named for it (its {@code yf:noBasisReason}), or {@code null} when it rests on one.
 */
@Component
class LegalBasisNoteSection implements ItemSection {

    private final Dataset dataset;
    private final QueryLibrary queries;

    LegalBasisNoteSection(Dataset dataset, QueryLibrary queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "legalBasisNote";
    }

    @Override
    public Object describe(String itemIri, String notation) {
        // The solutions read their values from the store lazily: use them inside one transaction.
        return Txn.calculateRead(dataset, () -> {
            for (QuerySolution row : queries.select(ProvisionsSection.QUERY, Map.of("notation", notation))) {
                if ("none".equals(ProvisionsSection.string(row, "kind"))) {
                    return ProvisionsSection.string(row, "rationale");
                }
            }
            return null;
        });
    }
}
