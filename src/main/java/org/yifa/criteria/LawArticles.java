package org.yifa.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles of the law graph, as the criteria reader needs them to check a
 * {@code responsibleBasis}: which versions a law has, and what an article (or paragraph) says.
 */
interface LawArticles {

    /** Short title → version dates ({@code yyyy-mm-dd}) the law graph holds. */
    Map<String, List<String>> versions();

    /**
     * The article, or one of its paragraphs when {@code paragraph} is not null.
     *
     * @return empty when that version has no such article or paragraph
     */
    Optional<Provision> provision(String law, String version, int article, Integer paragraph);

    /** @param iri of the article or paragraph */
    record Provision(String iri, String text) {
    }
}
