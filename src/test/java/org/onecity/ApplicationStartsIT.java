package org.onecity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApplicationStartsIT extends IntegrationBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRanAgainstPostgres17() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17.");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
                .isZero();
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        var docs = http.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/open311/v2/requests.{format}", "/api/staff/requests/{number}/status");
    }
}
