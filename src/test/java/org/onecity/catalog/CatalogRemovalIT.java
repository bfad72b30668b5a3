package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.StaffAccounts;
import org.onecity.people.registry.PersonForm;
import org.onecity.people.registry.Registration;
import org.onecity.programs.Applications;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.routing.RoutingRule;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins deactivate and reactivate agencies, and delete agencies and service types only when
 * nothing refers to them (else a clear refusal naming what does): on the admin pages and the JSON API.
 */
class CatalogRemovalIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    org.onecity.routing.Router router;

    @Autowired
    Registration registration;

    @Autowired
    Applications applications;

    @Autowired
    StaffAccounts accounts;

    static String agency(String code) {
        return """
                {"code":"%s","name":{"en":"Test agency %s","es":"Agencia de prueba %s"}}""".formatted(code, code, code);
    }

    static String service(String agency) {
        return """
                {"agency":"%s","name":{"en":"Loose tile","es":"Baldosa suelta"},
                 "description":{"en":"A tile is loose","es":"Una baldosa está suelta"},
                 "group":{"en":"Streets","es":"Calles"},"keywords":{"en":["tile"],"es":["baldosa"]},
                 "sla_hours":48,"type":"realtime","attributes":[]}""".formatted(agency);
    }

    @Test
    void theJsonApiDeactivatesReactivatesAndDeletesOnlyWhatIsUnused() {
        Http http = new Http(port);
        String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000);
        String svc = code.toLowerCase() + "-tile";
        assertThat(put(http, "/api/admin/agencies/" + code, agency(code))).isEqualTo(200);
        assertThat(http.json("DELETE", "/api/admin/agencies/" + code, null, "admin", "demo1234").statusCode()).isEqualTo(204);
        assertThat(http.json("GET", "/api/admin/agencies/" + code, null, "admin", "demo1234").body()).contains("\"active\":false");
        assertThat(http.json("POST", "/api/admin/agencies/" + code + "/reactivate", null, "admin", "demo1234").statusCode())
                .isEqualTo(204);
        assertThat(http.json("GET", "/api/admin/agencies/" + code, null, "admin", "demo1234").body()).contains("\"active\":true");

        assertThat(put(http, "/api/admin/services/" + svc, service(code))).isEqualTo(200);
        var refused = http.json("DELETE", "/api/admin/agencies/" + code + "?permanently=true", null, "admin", "demo1234");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"kind\":\"services\"").contains("\"count\":1").contains("deactivate it instead");
        intake.submit(new SubmitRequest(svc, Channel.WEB, "Loose", null, null, "20 Jay St, Brooklyn", null, null, Map.of(),
                Requester.ANONYMOUS, List.of(), List.of(), "en", null, null, null));
        var serviceRefused = http.json("DELETE", "/api/admin/services/" + svc + "?permanently=true", null, "admin", "demo1234");
        assertThat(serviceRefused.statusCode()).isEqualTo(409);
        assertThat(serviceRefused.body()).contains("\"kind\":\"requests\"");
        assertThat(http.json("GET", "/api/admin/services/" + svc, null, "admin", "demo1234").statusCode()).isEqualTo(200);

        String unused = code.toLowerCase() + "-unused";
        assertThat(put(http, "/api/admin/services/" + unused, service(code))).isEqualTo(200);
        assertThat(http.json("DELETE", "/api/admin/services/" + unused + "?permanently=true", null, "admin", "demo1234")
                .statusCode()).isEqualTo(204);
        assertThat(http.json("GET", "/api/admin/services/" + unused, null, "admin", "demo1234").statusCode()).isEqualTo(404);
        assertThat(http.json("DELETE", "/api/admin/services/" + unused + "?permanently=true", null, "admin", "demo1234")
                .statusCode()).isEqualTo(404);
        assertThat(http.json("DELETE", "/api/admin/agencies/" + code + "?permanently=true", null, "dsny.staff", "demo1234")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminPagesDeleteAnUnusedAgencyAndSayWhyAUsedOneStays() {
        Http http = new Http(port);
        String code = "U" + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(put(http, "/api/admin/agencies/" + code, agency(code))).isEqualTo(200);
        WebSession admin = new WebSession(port).acceptLanguage("es");
        admin.login("admin", "demo1234");
        admin.get("/admin/agencies/" + code);
        var deactivated = admin.post("/admin/agencies/" + code + "/active", List.of(Map.entry("active", "false")));
        assertThat(WebSession.location(deactivated)).endsWith("?deactivated");
        assertThat(admin.get("/admin/agencies/" + code + "?deactivated").body()).contains("La agencia se desactivó.")
                .contains("Reactivar agencia");
        var deleted = admin.post("/admin/agencies/" + code + "/delete", List.of());
        assertThat(WebSession.location(deleted)).contains("/admin?deleted=" + code);
        assertThat(admin.get("/admin?deleted=" + code).body()).contains(code + " se borró.");
        assertThat(http.json("GET", "/api/admin/agencies/" + code, null, "admin", "demo1234").statusCode()).isEqualTo(404);

        admin.get("/admin/agencies/DSNY");
        var kept = admin.post("/admin/agencies/DSNY/delete", List.of());
        assertThat(WebSession.location(kept)).endsWith("/admin/agencies/DSNY");
        String page = admin.get("/admin/agencies/DSNY").body();
        assertThat(page).contains("DSNY no se puede borrar").contains("Tipos de servicio:").contains("Cuentas del personal:");
        assertThat(http.json("GET", "/api/admin/agencies/DSNY", null, "admin", "demo1234").statusCode()).isEqualTo(200);

        String owner = "W" + ThreadLocalRandom.current().nextInt(1_000_000);
        String svc = owner.toLowerCase() + "-tile";
        assertThat(put(http, "/api/admin/agencies/" + owner, agency(owner))).isEqualTo(200);
        assertThat(put(http, "/api/admin/services/" + svc, service(owner))).isEqualTo(200);
        intake.submit(new SubmitRequest(svc, Channel.WEB, "Loose", null, null, "20 Jay St, Brooklyn", null, null, Map.of(),
                Requester.ANONYMOUS, List.of(), List.of(), "en", null, null, null));
        admin.get("/admin/services/" + svc);
        assertThat(WebSession.location(admin.post("/admin/services/" + svc + "/delete", List.of())))
                .endsWith("/admin/services/" + svc);
        assertThat(admin.get("/admin/services/" + svc).body()).contains(svc + " no se puede borrar")
                .contains("Solicitudes de servicio: 1");
    }

    @Test
    void anAgencyWithAnInformationSharingSystemIsKept() {
        Http http = new Http(port);
        String code = "S" + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(put(http, "/api/admin/agencies/" + code, agency(code))).isEqualTo(200);
        var system = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"sys-" + code.toLowerCase()
                + "\",\"agency\":\"" + code + "\",\"name\":\"sys\",\"scopes\":[]}", "admin", "demo1234");
        assertThat(system.statusCode()).as(system.body()).isEqualTo(201);
        var refused = http.json("DELETE", "/api/admin/agencies/" + code + "?permanently=true", null, "admin", "demo1234");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"kind\":\"agencySystems\"");
    }

    @Test
    void anAgencyThatRunsProgramsOrHoldsPeopleIsKeptAndThePageAndTheApiSayWhat() {
        Http http = new Http(port);
        String code = "P" + ThreadLocalRandom.current().nextInt(1_000_000);
        String program = code.toLowerCase() + "-apoyo";
        assertThat(put(http, "/api/admin/agencies/" + code, agency(code))).isEqualTo(200);
        var saved = http.json("PUT", "/api/admin/programs/" + program, """
                {"agency":"%s","name":{"en":"Support %s"},"targetPopulation":{"en":"Residents"}}""".formatted(code, code),
                "admin", "demo1234");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(uses(deletePermanently(http, code))).containsExactly(Map.of("kind", "programs", "count", 1));

        var admin = accounts.loadUserByUsername("admin");
        var person = registration.register(new PersonForm(null, "Remo" + letters(code), "Borrado", null, "1980-05-17", "H", null,
                null, null, null, null, null), code, admin.actor(), true).person().key();
        applications.apply(new Applications.Apply(program, person,
                accounts.loadUserByUsername("sibiso.supervisor").actor(), true));
        assertThat(uses(deletePermanently(http, code))).containsExactlyInAnyOrder(Map.of("kind", "people", "count", 1),
                Map.of("kind", "programs", "count", 1), Map.of("kind", "applications", "count", 1));

        WebSession page = new WebSession(port).acceptLanguage("en");
        page.login("admin", "demo1234");
        page.get("/admin/agencies/" + code);
        assertThat(WebSession.location(page.post("/admin/agencies/" + code + "/delete", List.of())))
                .endsWith("/admin/agencies/" + code);
        assertThat(page.get("/admin/agencies/" + code).body()).contains(code + " cannot be deleted",
                "Person records in the registry: 1", "Social programs: 1", "Applications to its programs: 1");
        assertThat(http.json("GET", "/api/admin/agencies/" + code, null, "admin", "demo1234").statusCode()).isEqualTo(200);
    }

    private static java.net.http.HttpResponse<String> deletePermanently(Http http, String agency) {
        var refused = http.json("DELETE", "/api/admin/agencies/" + agency + "?permanently=true", null, "admin", "demo1234");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        return refused;
    }

    /** A name made of the code's digits as letters (names take no digits). */
    private static String letters(String code) {
        return code.chars().filter(Character::isDigit).mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .collect(java.util.stream.Collectors.joining());
    }

    /** The "uses" of a refused delete, as kind and count. */
    private static List<Map<String, Object>> uses(java.net.http.HttpResponse<String> refused) {
        List<Map<String, Object>> uses = new java.util.ArrayList<>();
        JsonMapper.builder().build().readTree(refused.body()).get("uses")
                .forEach(u -> uses.add(Map.of("kind", u.get("kind").asString(), "count", u.get("count").asInt())));
        return uses;
    }

    @Test
    void noRequestCanBeReroutedToADeactivatedAgency() {
        Http http = new Http(port);
        String code = "V" + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(put(http, "/api/admin/agencies/" + code, agency(code))).isEqualTo(200);
        String n = intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "x", null, null,
                "Broadway & W 4th St", null, null, Map.of("descriptor", List.of("trash")), Requester.ANONYMOUS,
                List.of(), List.of(), "en", null, null, null)).request().number();
        WebSession staff = new WebSession(port).acceptLanguage("es");
        staff.login("dsny.staff", "demo1234");
        assertThat(staff.get("/workspace/requests/" + n).body()).contains("value=\"" + code + "\"");
        http.json("DELETE", "/api/admin/agencies/" + code, null, "admin", "demo1234");
        assertThat(staff.get("/workspace/requests/" + n).body()).doesNotContain("value=\"" + code + "\"");
        staff.post("/workspace/requests/" + n + "/reroute", List.of(Map.entry("agency", code), Map.entry("reason", "test")));
        assertThat(staff.get("/workspace/requests/" + n).body()).contains("La agencia " + code + " está desactivada");
    }

    private static int put(Http http, String path, String body) {
        return http.json("PUT", path, body, "admin", "demo1234").statusCode();
    }

    @Test
    void aDeactivatedAgencysServicesAreNotOfferedAndRulesNamingItRouteNothing() {
        Http http = new Http(port);
        String owner = "T" + ThreadLocalRandom.current().nextInt(1_000_000);
        String other = "U" + ThreadLocalRandom.current().nextInt(1_000_000);
        String svc = owner.toLowerCase() + "-tile";
        assertThat(put(http, "/api/admin/agencies/" + owner, agency(owner))).isEqualTo(200);
        assertThat(put(http, "/api/admin/agencies/" + other, agency(other))).isEqualTo(200);
        assertThat(put(http, "/api/admin/services/" + svc, service(owner))).isEqualTo(200);
        router.addRule(new RoutingRule(null, svc, null, null, other, 10, true, "tiles go to " + other));
        SubmitRequest tile = new SubmitRequest(svc, Channel.WEB, "Loose", null, null, "20 Jay St, Brooklyn", null, null,
                Map.of(), Requester.ANONYMOUS, List.of(), List.of(), "en", null, null, null);
        assertThat(intake.submit(tile).request().agencyCode()).isEqualTo(other);

        // the rule's agency closes: the owner gets the requests again
        assertThat(http.json("DELETE", "/api/admin/agencies/" + other, null, "admin", "demo1234").statusCode()).isEqualTo(204);
        assertThat(intake.submit(tile).request().agencyCode()).isEqualTo(owner);

        // the owner closes: its service is no longer offered on any channel
        assertThat(http.json("DELETE", "/api/admin/agencies/" + owner, null, "admin", "demo1234").statusCode()).isEqualTo(204);
        assertThat(http.get("/open311/v2/services.json").body()).doesNotContain("\"" + svc + "\"");
        var post = http.postForm("/open311/v2/requests.json", List.of(Map.entry("api_key", "demo-key"),
                Map.entry("service_code", svc), Map.entry("address_string", "20 Jay St, Brooklyn")));
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.body()).contains("service_code");
        assertThat(http.json("POST", "/api/admin/agencies/" + owner + "/reactivate", null, "admin", "demo1234")
                .statusCode()).isEqualTo(204);
        assertThat(http.get("/open311/v2/services.json").body()).contains("\"" + svc + "\"");
    }
}
