package org.yifa.store.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Full-text search.
 *
 * @param indexDir the Lucene directory of the text index ({@code yifa.search.index-dir}); when not set,
 *                 next to the store: {@code run/text-index} for the store {@code run/store}, and
 *                 {@code {dir}-text-index} for a store directory with another name
 */
@ConfigurationProperties("yifa.search")
public record SearchProperties(Path indexDir) {

    /** The index directory for the store in {@code storeDir}. */
    public Path indexDir(Path storeDir) {
        if (indexDir != null && !indexDir.toString().isBlank()) {
            return indexDir;
        }
        String name = storeDir.getFileName().toString();
        // Each store gets its own index, so two stores (e.g. test contexts) never share one.
        return storeDir.resolveSibling(name.equals("store") ? "text-index" : name + "-text-index");
    }
}
