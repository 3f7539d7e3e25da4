package org.yifa.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.SlowTest;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/** A city's first day: the service started with {@code yifa.demo.enabled=false} holds no unit until the city imports its own. */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.demo.enabled=false")
class CityWithoutDemoTest {

    @LocalServerPort
    int port;

    @Test
    void withoutTheDemoTheImportedUnitsAreTheCity() {
        UnitsHttp anonymous = new UnitsHttp(port, null);
        assertThat(anonymous.list("/api/units")).isEmpty();
        assertThat(anonymous.get("/api/gaps?year=" + (Year.now().getValue() - 1))).containsEntry("units", 0);

        String csv = "id,name,unit_types,parent\n"
                + "gov,新市人民政府,municipal-government,\n"
                + "sfj,新市司法局,municipal-department,gov\n"
                + "xz,新镇人民政府,township-government,gov\n";
        var r = new UnitsHttp(port, TestUsers.ADMIN).send(HttpMethod.POST, "/api/admin/units/import",
                MediaType.parseMediaType("text/csv"), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);

        assertThat(anonymous.list("/api/units")).extracting(u -> u.get("id") + " " + u.get("name"))
                .containsExactly("gov 新市人民政府", "sfj 新市司法局", "xz 新镇人民政府");
        Map<String, Object> gaps = anonymous.get("/api/gaps?year=" + (Year.now().getValue() - 1));
        assertThat(gaps).containsEntry("units", 3).containsEntry("eligible", List.of());
    }
}
