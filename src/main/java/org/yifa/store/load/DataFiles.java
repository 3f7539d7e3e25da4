package org.yifa.store.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's data files ({@code ontology/}, {@code queries/}, {@code data/}), read from the
 * classpath so that the jar runs from any directory.
 */
public final class DataFiles {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private DataFiles() {
    }

    /**
     * The bytes of one file: a classpath path such as {@code ontology/yifa.ttl}, or a file outside
     * the jar written {@code file:/path/to/checklist.txt}.
     */
    public static byte[] read(String path) {
        if (path.startsWith("file:")) {
            try {
                return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path.substring("file:".length())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Data file missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    public static String readText(String path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /** Files matching an Ant pattern below the classpath root, sorted by path, e.g. {@code queries/*.rq}. */
    public static List<Resource> list(String pattern) {
        try {
            Resource[] found = RESOLVER.getResources("classpath*:" + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .sorted((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** Lower-case hex SHA-256 of the given parts, in order. */
    public static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
