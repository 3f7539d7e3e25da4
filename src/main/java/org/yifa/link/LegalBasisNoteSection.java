package org.yifa.link;

import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import org.yifa.framework.ItemSection;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * The {@code legalBasisNote} of an item in {@code GET /api/items/{notation}}: why no specific
 * provision can be named for it (its {@code yf:noBasisReason}), or {@code null} when it rests on one.
 */
@Component
class LegalBasisNoteSection implements ItemSection {

    private final Store store;
    private final QueryLibrary queries;

    LegalBasisNoteSection(Store store, QueryLibrary queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "legalBasisNote";
    }

    @Override
    public String describe(String itemIri, String notation) {
        // The solutions read their values from the store lazily: use them inside one transaction.
        return store.read(() -> {
            for (QuerySolution row : queries.select(ProvisionsSection.QUERY, Map.of("notation", notation))) {
                if ("none".equals(ProvisionsSection.string(row, "kind"))) {
                    return ProvisionsSection.string(row, "rationale");
                }
            }
            return null;
        });
    }
}
