package org.yifa.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The users of {@code src/test/resources/config/application.properties}, as Authorization headers. */
public final class TestUsers {

    public static final String ADMIN = basic("test-admin", "admin-test-password");
    /** An assessor for the units {@code t-dept} and {@code sfj} only. */
    public static final String ASSESSOR = basic("test-assessor", "assessor-test-password");
    public static final String ADMIN_TOKEN = "Bearer test-token-of-the-admin";

    private TestUsers() {
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
