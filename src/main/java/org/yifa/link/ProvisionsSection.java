package org.yifa.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
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
    public List<ItemProvision> describe(String itemIri, String notation) {
        // The solutions read their values from the store lazily: use them inside one transaction.
        return store.read(() -> provisions(notation));
    }

    /**
     * A provision the item rests on, with the link's provenance and rationale; {@code citedText} and
     * {@code resolved} are present only for a link extracted from a citation in the item's words.
     */
    @Schema(description = "A provision an item rests on, with the link's provenance and rationale")
    record ItemProvision(@Schema(example = "行政许可法") String law, @Schema(types = {"string", "null"}, example = "2019-04-23") String version,
                         @Schema(types = {"integer", "null"}, example = "26") Integer article,
                         @Schema(types = {"integer", "null"}, example = "2") Integer paragraph,
                         @Schema(description = "the provision's IRI") String iri,
                         @Schema(example = "implements") String kind,
                         @Schema(example = "curated") String provenance,
                         @Schema(types = {"string", "null"}) String rationale,
                         @Schema(types = {"string", "null"}) String quote,
                         @Schema(types = {"boolean", "null"}) Boolean verified,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String citedText,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean resolved) {
    }

    private List<ItemProvision> provisions(String notation) {
        List<ItemProvision> provisions = new ArrayList<>();
        for (QuerySolution row : queries.select(QUERY, Map.of("notation", notation))) {
            if ("none".equals(string(row, "kind"))) {
                continue;
            }
            boolean cited = row.contains("citedText");
            provisions.add(new ItemProvision(string(row, "law"), string(row, "version"), integer(row, "article"),
                    integer(row, "paragraph"), row.getResource("iri").getURI(), string(row, "kind"),
                    string(row, "provenance"), string(row, "rationale"), string(row, "quote"),
                    row.contains("verified") ? row.getLiteral("verified").getBoolean() : null,
                    cited ? string(row, "citedText") : null, cited ? row.getLiteral("resolved").getBoolean() : null));
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
