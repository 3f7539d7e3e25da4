package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yifa.fuseki.port=0", "yifa.store.dir=target/test-store/${random.uuid}"})
class UiQueryListControllerTest {

    @LocalServerPort
    int port;

    @Test
    void everyFileOfTheLibraryIsListedWithItsHeaderAndItsTextAsWritten() throws IOException {
        List<Map<String, Object>> listed = RestClient.create("http://localhost:" + port).get().uri("/api/ui/queries")
                .retrieve().body(new ParameterizedTypeReference<>() { });
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("queries"))) {
            files = all.filter(p -> p.toString().endsWith(".rq"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString().replace(".rq", ""))).toList();
        }
        assertThat(listed).extracting(q -> q.get("name"))
                .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString().replace(".rq", "")).toList());
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            Map<String, Object> q = listed.get(i);
            assertThat(q.get("text")).isEqualTo(text);
            assertThat(q.get("title")).isEqualTo(header(text, "title"));
            assertThat(q.get("question")).isEqualTo(header(text, "question"));
            assertThat((List<?>) q.get("parameters")).hasSize((int) text.lines().filter(l -> l.startsWith("# parameter:")).count());
        }
    }

    private static String header(String text, String name) {
        Matcher m = Pattern.compile("^# " + name + ":\\s*(.*)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }
}
