package org.onecity.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.sharing.SystemKeys;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin issues a key, a client files with it, the admin revokes it and the client is refused. */
class ApiKeysIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuedKeysWorkUntilRevoked() {
        Http http = new Http(port);
        var issued = http.json("POST", "/api/admin/api-keys", "{\"name\":\"fixmystreet-test\"}", "admin", "demo1234");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String key = Open311Schemas.parse(issued.body()).path("key").asString();
        assertThat(key).hasSizeGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from sharing.credential where secret_hash = ?").param(key)
                .query(Long.class).single()).as("the key itself is never stored").isZero();
        assertThat(jdbc.sql("""
                        select s.name from sharing.credential c join sharing.system s on s.id = c.system_id
                        where c.kind = 'api_key' and c.secret_hash = ?""").param(SystemKeys.hash(key)).query(String.class).single())
                .as("only its SHA-256, as the credential of a system named by the key").isEqualTo("fixmystreet-test");
        var form = List.of(entry("api_key", key), entry("service_code", "dohmh-rodent"),
                entry("address_string", "2 Lafayette St, Manhattan"), entry("attribute[descriptor]", "rat-sighting"));
        assertThat(http.postForm("/open311/v2/requests.json", form).statusCode()).isEqualTo(201);
        assertThat(http.json("POST", "/api/admin/api-keys", "{\"name\":\"fixmystreet-test\"}", "admin", "demo1234")
                .statusCode()).isEqualTo(409);
        assertThat(http.json("POST", "/api/admin/api-keys", "{\"name\":\"x\",\"agency\":\"NOPE\"}", "admin", "demo1234")
                .statusCode()).isEqualTo(400);
        assertThat(http.json("POST", "/api/admin/api-keys", "{\"name\":\"y\"}", "dsny.staff", "demo1234").statusCode())
                .isEqualTo(403);
        assertThat(http.json("DELETE", "/api/admin/api-keys/fixmystreet-test", null, "admin", "demo1234").statusCode())
                .isEqualTo(204);
        assertThat(http.postForm("/open311/v2/requests.json", form).statusCode()).isEqualTo(403);
    }

    @Test
    void keySystemsStayOffSharingsSystemPages() {
        Http http = new Http(port);
        String name = "dsny-route-app-" + System.nanoTime();
        assertThat(http.json("POST", "/api/admin/api-keys", "{\"name\":\"" + name + "\",\"agency\":\"DSNY\"}",
                "admin", "demo1234").statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select agency_code from sharing.system where name = ?").param(name).query(String.class)
                .single()).as("the key's system").isEqualTo("DSNY");
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        assertThat(admin.get("/admin/sharing/systems").body()).doesNotContain(name, ApiKeys.code(name));
        assertThat(admin.get("/admin/sharing/agreements").body()).doesNotContain(ApiKeys.code(name));
        assertThat(http.json("POST", "/api/admin/sharing/systems/" + ApiKeys.code(name) + "/credentials", null, "admin",
                "demo1234").statusCode()).as("no bearer credential for a key's system").isEqualTo(400);
        assertThat(admin.get("/admin/api-keys").body()).contains(name);
    }
}
