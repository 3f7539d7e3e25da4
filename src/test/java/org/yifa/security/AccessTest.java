package org.yifa.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.yifa.testing.TestUsers;
import org.yifa.testing.YifaSpringTest;

/** Who may do what: reading is open, writing needs a role, administration an admin. */
@YifaSpringTest
class AccessTest {

    @LocalServerPort
    int port;

    @Test
    void readingIsOpenToEveryone() {
        assertThat(status(HttpMethod.GET, "/api/items/1.1", null)).isEqualTo(200);
        assertThat(status(HttpMethod.GET, "/sparql?query=ASK%7B%7D", null)).isEqualTo(200);
    }

    @Test
    void administrationNeedsAnAdmin() {
        assertThat(status(HttpMethod.GET, "/api/admin/backup", null)).isEqualTo(401);
        assertThat(status(HttpMethod.GET, "/api/admin/backup", TestUsers.ASSESSOR)).isEqualTo(403);
        assertThat(status(HttpMethod.GET, "/api/admin/backup", TestUsers.basic("test-admin", "wrong"))).isEqualTo(401);
        assertThat(status(HttpMethod.GET, "/api/admin/backup", TestUsers.ADMIN)).isEqualTo(200);
        assertThat(status(HttpMethod.GET, "/api/admin/backup", TestUsers.ADMIN_TOKEN)).isEqualTo(200);
        assertThat(status(HttpMethod.GET, "/api/admin/backup", "Bearer not-a-token")).isEqualTo(401);
    }

    @Test
    void writingForAUnitNeedsAnAssessorOfThatUnitOrAnAdmin() {
        assertThat(status(HttpMethod.POST, "/api/units/sfj/evidence", null)).isEqualTo(401);
        assertThat(status(HttpMethod.POST, "/api/units/other-unit/evidence", TestUsers.ASSESSOR)).isEqualTo(403);
        // Authorised: the request reaches the endpoint, which then judges the (empty) upload itself.
        assertThat(status(HttpMethod.POST, "/api/units/sfj/evidence", TestUsers.ASSESSOR)).isNotIn(401, 403);
        assertThat(status(HttpMethod.POST, "/api/units/other-unit/evidence", TestUsers.ADMIN)).isNotIn(401, 403);
    }

    @Test
    void anythingElseThatWritesIsRefused() {
        assertThat(status(HttpMethod.PUT, "/api/items/1.1", TestUsers.ADMIN)).isEqualTo(403);
        assertThat(status(HttpMethod.DELETE, "/api/units/sfj", TestUsers.ADMIN)).isEqualTo(403);
        assertThat(status(HttpMethod.POST, "/api/items/1.1", null)).isIn(401, 403);
    }

    private int status(HttpMethod method, String path, String authorization) {
        var request = RestClient.create().method(method).uri(java.net.URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.retrieve().onStatus(HttpStatusCode::isError, (req, res) -> { })
                .toBodilessEntity().getStatusCode().value();
    }
}
