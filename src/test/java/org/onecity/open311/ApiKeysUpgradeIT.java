package org.onecity.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.sharing.SystemKeys;
import org.onecity.testing.Http;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.UpgradeDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keys handed out while they lived in open311.api_key keep working after the migration made each one an
 * agency system holding it as a credential: the agency's key still files and updates its requests, a
 * revoked key stays refused, and a client update id applied before the upgrade is still applied once.
 */
class ApiKeysUpgradeIT {

    /** The migrations that make API keys credentials of agency systems. */
    static final String THE_MOVE = "20261207.1500";

    @Test
    void keysIssuedBeforeTheUpgradeStillFileAndUpdate() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "api-keys-upgrade-");
        try (UpgradeDatabase db = UpgradeDatabase.migratedUpTo(THE_MOVE)) {
            JdbcClient jdbc = db.jdbc();
            long agencyKey = oldKey(jdbc, "dohmh backoffice", "legacy-key-dohmh", "DOHMH", null);
            oldKey(jdbc, "gone-app", "legacy-key-gone", null, Instant.parse("2026-12-01T00:00:00Z"));
            long before = jdbc.sql("""
                    insert into open311.inbound_update (api_key_id, client_update_id, request_number, received_at)
                    values (?, 'dohmh-1', '311-OLD', now()) returning id""").param(agencyKey).query(Long.class).single();

            try (ConfigurableApplicationContext app = start(db, dataDir)) {
                Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
                var filed = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "legacy-key-dohmh"),
                        entry("service_code", "dohmh-rodent"), entry("address_string", "2 Lafayette St, Manhattan"),
                        entry("attribute[descriptor]", "rat-sighting")));
                assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
                String id = Open311Schemas.parse(filed.body()).get(0).path("service_request_id").asString();

                assertThat(update(http, id, "dohmh-1", "Crew dispatched")).as("applied before the upgrade")
                        .isEqualTo(String.valueOf(before));
                String fresh = update(http, id, "dohmh-2", "Baited the lot");
                assertThat(fresh).isNotEqualTo(String.valueOf(before));
                assertThat(update(http, id, "dohmh-2", "Baited the lot")).as("applied once").isEqualTo(fresh);
                assertThat(Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json?extensions=true")
                        .body()).get(0).path("status").asString()).isEqualTo("open");
                assertThat(http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "legacy-key-gone"),
                        entry("service_code", "dohmh-rodent"), entry("address_string", "2 Lafayette St, Manhattan"),
                        entry("attribute[descriptor]", "rat-sighting"))).statusCode()).as("revoked before").isEqualTo(403);

                var keys = Open311Schemas.parse(http.json("GET", "/api/admin/api-keys", null, "admin", "demo1234").body());
                assertThat(keys.valueStream().map(k -> k.path("name").asString() + "/" + k.path("agencyCode").asString()))
                        .contains("dohmh backoffice/DOHMH").doesNotContain("gone-app/");
                assertThat(http.json("POST", "/api/admin/api-keys", "{\"name\":\"gone-app\"}", "admin", "demo1234")
                        .statusCode()).as("a revoked key's name stays taken").isNotEqualTo(201);
            }
            assertThat(jdbc.sql("""
                    select s.name || ':' || coalesce(s.agency_code, '-') || ':' || array_to_string(s.scopes, ',')
                        || ':' || (s.disabled_at is not null) from open311.api_key k join sharing.system s on s.id = k.system_id
                    order by k.id""").query(String.class).list())
                    .containsExactly("dohmh backoffice:DOHMH:open311:write:false", "gone-app:-:open311:write:true");
            assertThat(jdbc.sql("select system_id = (select system_id from open311.api_key where id = ?)"
                    + " from open311.inbound_update where id = ?").params(agencyKey, before).query(Boolean.class).single())
                    .isTrue();
        }
    }

    private static long oldKey(JdbcClient jdbc, String name, String key, String agency, Instant revoked) {
        return jdbc.sql("""
                insert into open311.api_key (name, key_hash, agency_code, created_at, revoked_at)
                values (?, ?, ?, now(), ?) returning id""")
                .params(name, SystemKeys.hash(key), agency, revoked == null ? null : Timestamp.from(revoked))
                .query(Long.class).single();
    }

    private static String update(Http http, String id, String updateId, String description) {
        var answer = http.postForm("/open311/v2/servicerequestupdates.json", List.of(
                entry("api_key", "legacy-key-dohmh"), entry("service_request_id", id), entry("update_id", updateId),
                entry("description", description)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Open311Schemas.parse(answer.body()).get(0).path("update_id").asString();
    }

    private static ConfigurableApplicationContext start(UpgradeDatabase db, Path dataDir) {
        Map<String, Object> props = Map.of("server.port", "0", "spring.datasource.url", db.url(),
                "spring.datasource.username", "postgres", "onecity.demo", "true", "onecity.jobs.enabled", "false",
                "onecity.data-dir", dataDir.toString(), "spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(OneCityApplication.class).properties(props).run();
    }
}
