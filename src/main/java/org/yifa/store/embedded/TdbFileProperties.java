package org.yifa.store.embedded;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded TDB2 store reaches its index files ({@code yifa.store.tdb.file-mode}).
 *
 * @param fileMode {@code mapped} (the default, TDB2's own on 64-bit: the index files are memory-mapped; fastest,
 *                 and every page of them the process touches counts in its resident set) or {@code direct} (read
 *                 and written through file channels, with a cache of blocks on the heap, so that the resident set
 *                 stays near {@code -Xmx}; the operating system's page cache still holds the files). The same
 *                 store opens in either mode.
 */
@ConfigurationProperties("yifa.store.tdb")
public record TdbFileProperties(@DefaultValue("mapped") FileMode fileMode) {

    /**
     * Puts TDB2 in this file mode before the store opens. TDB2's B+trees take it from one setting of the JVM
     * ({@link SystemIndex#fileMode()}, chosen on first use), not from the store's parameters, which record a file
     * mode but do not apply it; so it is set here, and a JVM that has already opened a store in the other mode
     * is refused rather than silently left in it.
     */
    void apply() {
        if (fileMode == FileMode.direct) {
            SystemIndex.setFileMode(FileMode.direct);
        }
        FileMode actual = SystemIndex.fileMode();
        if (actual != fileMode) {
            throw new IllegalStateException("yifa.store.tdb.file-mode=" + fileMode + " cannot apply: TDB2 keeps one "
                    + "file mode per JVM, and this one already opened a store " + actual);
        }
    }
}
