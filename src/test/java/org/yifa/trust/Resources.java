package org.yifa.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The files under {@code src/test/resources/trust/}: queries ({@code *.rq}) and fixtures. */
final class Resources {

    private Resources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/trust/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource trust/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * The query {@code trust/{name}.rq} with each {@code {key}} replaced by its value. Values are
     * the tests' own identifiers (unit ids, tags of letters and digits), never data.
     */
    static String query(String name, Map<String, String> values) {
        String query = text(name + ".rq");
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getValue().matches("[A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("not an identifier: " + e.getValue());
            }
            query = query.replace("{" + e.getKey() + "}", e.getValue());
        }
        return query;
    }
}
