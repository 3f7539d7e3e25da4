package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class UiQueryTextControllerTest {

    @LocalServerPort
    int port;

    @Test
    void everyQueryOfThePublicListComesWithItsFileAsWritten() throws IOException {
        RestClient client = ServiceHttp.client(port);
        List<Map<String, Object>> listed = client.get().uri("/api/queries").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        assertThat(listed).isNotEmpty();
        for (Map<String, Object> q : listed) {
            Map<String, Object> one = client.get().uri("/api/ui/queries/{name}", q.get("name")).retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            String file = Files.readString(Path.of("queries", q.get("name") + ".rq"));
            assertThat(one.get("text")).isEqualTo(file);
            assertThat(one.get("title")).isEqualTo(header(file, "title"));
            assertThat(one.get("parameters")).isEqualTo(q.get("parameters"));
        }
    }

    @Test
    void anInternalQueryIsNotOffered() throws IOException {
        // The UI's own plumbing is marked internal in its header.
        assertThat(Files.readString(Path.of("queries/ui-neighbours.rq"))).contains("# public: false");
        ResponseEntity<String> internal = ServiceHttp.client(port).get()
                .uri("/api/ui/queries/{name}", "ui-neighbours").retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
        assertThat(internal.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> unknown = ServiceHttp.client(port).get()
                .uri("/api/ui/queries/{name}", "no-such-query").retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    private static String header(String text, String name) {
        Matcher m = Pattern.compile("^# " + name + ":\\s*(.*)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }
}
