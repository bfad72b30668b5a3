package org.onecity.platform;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.testing.Http;
import org.onecity.testing.Open311Schemas;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OneCity as a newcomer runs it: its own embedded PostgreSQL in the data directory, demo data on
 * first start, and everything still there after a restart (demo data not loaded twice).
 */
class EmbeddedDatabaseRestartIT {

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        var args = new java.util.ArrayList<>(List.of("--server.port=0", "--onecity.data-dir=" + dataDir,
                "--onecity.jobs.enabled=false", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(OneCityApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "restart-");
        String id;
        long services;
        try (var first = start(dir)) {
            assertThat(first.getBean(DemoMode.class).enabled()).isTrue();
            Http http = new Http(port(first));
            var posted = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "demo-key"),
                    entry("service_code", "dohmh-rodent"), entry("address_string", "100 Gold St, Manhattan"),
                    entry("attribute[descriptor]", "rat-sighting")));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            id = Open311Schemas.parse(posted.body()).get(0).path("service_request_id").asString();
            services = first.getBean(JdbcClient.class).sql("select count(*) from catalog.service_type")
                    .query(Long.class).single();
            assertThat(http.get("/actuator/health").body()).contains("UP");
        }
        assertThat(dir.resolve("postgres/PG_VERSION")).exists();
        try (var second = start(dir, "--onecity.embedded-database.server.work_mem=8MB",
                "--onecity.embedded-database.pool-size=3")) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show work_mem").query(String.class).single()).as("a setting over the defaults")
                    .isEqualTo("8MB");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(((com.zaxxer.hikari.HikariDataSource) second.getBean(javax.sql.DataSource.class))
                    .getMaximumPoolSize()).isEqualTo(3);
            Http http = new Http(port(second));
            var again = http.get("/open311/v2/requests/" + id + ".json");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Open311Schemas.parse(again.body()).get(0).path("address").asString()).isEqualTo("100 Gold St, Manhattan");
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from catalog.service_type")
                    .query(Long.class).single()).isEqualTo(services);
            assertThat(http.get("/actuator/prometheus").body()).contains("http_server_requests");
        }
    }

    @Test
    void durabilityCannotBeTurnedOff() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedPostgresServer.start(
                        Path.of("target", "never-started"), java.util.Map.of("synchronous_commit", "off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("synchronous_commit");
        assertThat(Path.of("target", "never-started")).doesNotExist();
    }
}
