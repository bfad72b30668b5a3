package org.onecity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.catalog.Catalog;
import org.onecity.open311.ApiKeys;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin pages: agencies and escalation chains, service types and forms, staff accounts, API keys. */
class AdminIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApiKeys keys;

    @Test
    void anAdminManagesAgenciesServicesAccountsAndKeys() {
        WebSession admin = new WebSession(port);
        assertThat(WebSession.location(admin.login("admin", "demo1234"))).endsWith("/staff");
        assertThat(WebSession.location(admin.get("/staff"))).endsWith("/admin");
        assertThat(admin.get("/admin").body()).contains("/admin/agencies/DSNY");

        admin.get("/admin/agencies/new");
        var agency = admin.post("/admin/agencies", List.of(Map.entry("code", "ADMINIT"), Map.entry("nameEn", "Admin IT Office"),
                Map.entry("nameEs", "Oficina Admin IT"), Map.entry("active", "true"), Map.entry("level0.role", "director"),
                Map.entry("level0.titleEn", "Director"), Map.entry("level0.delayHours", "24")));
        assertThat(WebSession.location(agency)).endsWith("/admin/agencies/ADMINIT?saved");
        assertThat(catalog.agency("ADMINIT").orElseThrow().escalationChain()).hasSize(1);
        assertThat(admin.get("/admin/agencies/DSNY").body()).contains("name=\"level0.role\"");

        admin.get("/admin/services/new");
        List<Map.Entry<String, String>> service = new ArrayList<>(List.of(Map.entry("code", "adminit-pothole"),
                Map.entry("agency", "ADMINIT"), Map.entry("slaHours", "48"), Map.entry("type", "realtime"),
                Map.entry("active", "true"), Map.entry("nameEn", "Admin IT pothole"), Map.entry("nameEs", "Bache Admin IT"),
                Map.entry("descriptionEn", "A hole"), Map.entry("groupEn", "Streets & Sidewalks"),
                Map.entry("keywordsEn", "crater, hole"), Map.entry("attr0.code", "size"), Map.entry("attr0.datatype", "singlevaluelist"),
                Map.entry("attr0.required", "true"), Map.entry("attr0.descriptionEn", "How big?"),
                Map.entry("attr0.descriptionEs", "¿Qué tamaño?"), Map.entry("attr0.values", "small | Small | Pequeño\nlarge | Large | Grande")));
        assertThat(WebSession.location(admin.post("/admin/services", service))).endsWith("?saved");
        var saved = catalog.service("adminit-pothole").orElseThrow();
        assertThat(saved.attributes()).hasSize(1);
        assertThat(saved.attributes().get(0).values()).hasSize(2);
        assertThat(new WebSession(port).get("/services/adminit-pothole?lang=es").body()).contains("¿Qué tamaño?")
                .contains("Grande");
        var invalid = admin.post("/admin/services", List.of(Map.entry("code", "x"), Map.entry("agency", "NOPE")));
        assertThat(invalid.body()).contains("id=\"problems\"");

        admin.get("/admin/staff");
        var created = admin.post("/admin/staff", List.of(Map.entry("username", "adminit.staff"),
                Map.entry("displayName", "Ada Min"), Map.entry("password", "a-long-password-1"),
                Map.entry("agency", "ADMINIT"), Map.entry("roles", "STAFF")));
        assertThat(WebSession.location(created)).contains("created=adminit.staff");
        assertThat(staff.find("adminit.staff").orElseThrow().roles()).containsExactly(Role.STAFF);
        assertThat(WebSession.location(admin.post("/admin/staff", List.of(Map.entry("username", "short.pw"),
                Map.entry("displayName", "X"), Map.entry("password", "short"), Map.entry("roles", "AGENT")))))
                .contains("problem=password");
        WebSession newcomer = new WebSession(port);
        assertThat(WebSession.location(newcomer.login("adminit.staff", "a-long-password-1"))).endsWith("/staff");

        admin.get("/admin/api-keys");
        var issued = admin.post("/admin/api-keys", List.of(Map.entry("name", "adminit-client"), Map.entry("agency", "")));
        String key = issued.body().replaceAll("(?s).*id=\"issued-key\">([^<]+)<.*", "$1");
        assertThat(keys.verify(key)).isPresent();
        admin.post("/admin/api-keys/revoke", List.of(Map.entry("name", "adminit-client")));
        assertThat(keys.verify(key)).isEmpty();
    }

    @Test
    void onlyAdminsReachTheAdminPages() {
        WebSession supervisor = new WebSession(port);
        supervisor.login("dsny.supervisor", "demo1234");
        assertThat(supervisor.get("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(supervisor.post("/admin/api-keys", List.of(Map.entry("name", "sneaky"))).statusCode()).isEqualTo(403);
    }

    /** The API-key pages live in open311 but outside its API: a bad form is an error page, not an Open311 error list. */
    @Test
    void aBadApiKeyFormAnswersAsAPageNotAsTheOpen311Api() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        admin.get("/admin/api-keys");
        var missing = admin.post("/admin/api-keys", List.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("<html").doesNotContain("<errors>", "\"description\"");
    }
}
