package org.yifa.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.yifa.store.load.DataFiles;

/**
 * Where the law data comes from: the classpath (the shipped {@code data/laws}), or a directory laid out
 * the same way (tests, and texts checked before they are shipped). Paths are relative to the data
 * root, e.g. {@code data/laws/texts/行政法/行政许可法(2019-04-23).md}.
 */
public interface LawFiles {

    String TEXTS = "data/laws/texts/";
    /** Texts in the export shape of the national database, read by {@link FlkReader}. */
    String FLK = "data/laws/flk/";
    /** The national database's catalog: versions, dates, status and ids ({@link FlkCatalog}). */
    String FLK_CATALOG = "data/laws/flk-catalog.csv";
    String LAWS = "data/laws/laws.csv";
    String CATALOG = "data/laws/catalog.csv";
    String FLK_IDS = "data/laws/flk-ids.csv";
    String SUCCESSION = "data/laws/succession.csv";

    /** Every {@code *.md} below {@link #TEXTS}, by path, in path order. */
    SortedMap<String, byte[]> texts();

    byte[] read(String path);

    /** Every {@code *.md} below {@link #FLK}, by path; none where the folder is absent. */
    default SortedMap<String, byte[]> flk() {
        return Collections.emptySortedMap();
    }

    /** The file, or null where it is absent (the optional catalogs). */
    default byte[] readIfPresent(String path) {
        try {
            return read(path);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** The shipped data, read from the classpath. */
    static LawFiles classpath() {
        return new LawFiles() {
            @Override
            public SortedMap<String, byte[]> texts() {
                return list(TEXTS);
            }

            @Override
            public SortedMap<String, byte[]> flk() {
                return list(FLK);
            }

            private SortedMap<String, byte[]> list(String folder) {
                SortedMap<String, byte[]> texts = new TreeMap<>();
                for (Resource r : DataFiles.list(folder + "**/*.md")) {
                    try {
                        String url = URLDecoder.decode(r.getURL().toString(), StandardCharsets.UTF_8);
                        texts.put(url.substring(url.lastIndexOf(folder)), r.getContentAsByteArray());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + r, e);
                    }
                }
                return Collections.unmodifiableSortedMap(texts);
            }

            @Override
            public byte[] read(String path) {
                return DataFiles.read(path);
            }
        };
    }

    /** Data below {@code root}, which holds {@code data/laws/…}. */
    static LawFiles directory(Path root) {
        return new LawFiles() {
            @Override
            public SortedMap<String, byte[]> texts() {
                return list(TEXTS);
            }

            @Override
            public SortedMap<String, byte[]> flk() {
                return Files.isDirectory(root.resolve(FLK)) ? list(FLK) : Collections.emptySortedMap();
            }

            private SortedMap<String, byte[]> list(String folder) {
                SortedMap<String, byte[]> texts = new TreeMap<>();
                try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                        texts.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the law texts below " + root, e);
                }
                return Collections.unmodifiableSortedMap(texts);
            }

            @Override
            public byte[] read(String path) {
                try {
                    return Files.readAllBytes(root.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + root.resolve(path), e);
                }
            }
        };
    }
}
