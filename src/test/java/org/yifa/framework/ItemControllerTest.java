package org.yifa.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.yifa.framework.parse.Checklist;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class ItemControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    FrameworkSource source;

    @Test
    void anItemComesWithItsTextAndPlaceInTheFramework() {
        Map<String, Object> item = get("/api/items/1.4");
        Checklist.Item parsed = source.parse().items().get(3);
        assertThat(item).containsEntry("notation", "1.4").containsEntry("kind", "requirement")
                .containsEntry("text", parsed.text())
                .containsEntry("iri", "https://w3id.org/yifa/id/model-unit-goals/item/1.4")
                .containsEntry("area", Map.of("notation", "1", "title", "依法全面履行政府职能"))
                .containsEntry("goal", Map.of("notation", "1(2)", "title", "规范和改进行政审批措施"));
    }

    @Test
    void aVetoConditionIsMarkedAsSuch() {
        Map<String, Object> item = get("/api/items/9.2");
        assertThat(item).containsEntry("kind", "veto")
                .containsEntry("text", "因出台与法律法规相抵触的规范性文件造成不良影响，且被上级机关责令纠正的。");
        assertThat(item.get("area")).isEqualTo(Map.of("notation", "9", "title", "未发生一票否决情形"));
    }

    @Test
    void anUnknownNotationIsA404ThatSaysWhatIsWrong() {
        var response = RestClient.create("http://localhost:" + port).get().uri("/api/items/{n}", "10.1")
                .retrieve().onStatus(HttpStatusCode::isError, (req, res) -> { })
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("No item with notation '10.1'");
    }

    private Map<String, Object> get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }
}
