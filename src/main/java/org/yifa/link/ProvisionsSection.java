package org.yifa.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;
import org.yifa.framework.ItemSection;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * The {@code provisions} of an item in {@code GET /api/items/{notation}}: its curated links to
 * articles and paragraphs, then the laws and other instruments its text cites. Each entry reads
 * {@code {law, version, article, paragraph, iri, kind, provenance, rationale, quote, verified}};
 * a citation has no article ({@code null}), kind {@code cites}, provenance {@code extracted} and,
 * besides, {@code citedText} as written and {@code resolved}; an unresolved instrument has its
 * title as {@code law} and its instrument IRI as {@code iri}.
 */
@Component
class ProvisionsSection implements ItemSection {

    static final String QUERY = "provisions-of-item";

    private final Store store;
    private final QueryLibrary queries;

    ProvisionsSection(Store store, QueryLibrary queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "provisions";
    }

    @Override
    public Object describe(String itemIri, String notation) {
        // The solutions read their values from the store lazily: use them inside one transaction.
        return store.read(() -> provisions(notation));
    }

    private List<Map<String, Object>> provisions(String notation) {
        List<Map<String, Object>> provisions = new ArrayList<>();
        for (QuerySolution row : queries.select(QUERY, Map.of("notation", notation))) {
            if ("none".equals(string(row, "kind"))) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("law", string(row, "law"));
            p.put("version", string(row, "version"));
            p.put("article", integer(row, "article"));
            p.put("paragraph", integer(row, "paragraph"));
            p.put("iri", row.getResource("iri").getURI());
            p.put("kind", string(row, "kind"));
            p.put("provenance", string(row, "provenance"));
            p.put("rationale", string(row, "rationale"));
            p.put("quote", string(row, "quote"));
            p.put("verified", row.contains("verified") ? row.getLiteral("verified").getBoolean() : null);
            if (row.contains("citedText")) {
                p.put("citedText", string(row, "citedText"));
                p.put("resolved", row.getLiteral("resolved").getBoolean());
            }
            provisions.add(p);
        }
        return provisions;
    }

    static String string(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    static Integer integer(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.asLiteral().getInt();
    }
}
