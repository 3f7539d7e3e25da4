package org.yifa.testing;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** HTTP clients of the service under test, on {@code localhost} at the port Spring chose. */
public final class ServiceHttp {

    /** A JSON object answer. */
    public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    /** A JSON array-of-objects answer. */
    public static final ParameterizedTypeReference<List<Map<String, Object>>> OBJECTS = new ParameterizedTypeReference<>() { };

    private ServiceHttp() {
    }

    /** An anonymous client. */
    public static RestClient client(int port) {
        return RestClient.create(base(port));
    }

    /** A client signed in as the test admin ({@link TestUsers#ADMIN}). */
    public static RestClient admin(int port) {
        return RestClient.builder().baseUrl(base(port)).defaultHeader("Authorization", TestUsers.ADMIN).build();
    }

    /** The JSON object an anonymous GET answers; an error status throws. */
    public static Map<String, Object> object(int port, String uri, Object... variables) {
        return client(port).get().uri(uri, variables).retrieve().body(OBJECT);
    }

    public static String base(int port) {
        return "http://localhost:" + port;
    }
}
