package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.audit.Audit;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Two agencies share exactly what their agreement and the person's consent allow, and every call is audited. */
class SharingIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;
    Http http;
    String suffix;

    @BeforeEach
    void client() {
        http = new Http(port);
        suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    static JsonNode json(HttpResponse<String> r) {
        return Open311Schemas.parse(r.body());
    }

    /** Creates a system as admin; returns its credential. */
    static String system(Http http, String code, String agency, String scopes, String webhookUrl) {
        var r = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"" + code + "\",\"agency\":\"" + agency
                + "\",\"name\":\"" + code + "\",\"scopes\":[" + scopes + "]"
                + (webhookUrl == null ? "" : ",\"webhookUrl\":\"" + webhookUrl + "\"") + "}", "admin", SharingFixtures.PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("credential").asString();
    }

    static HttpResponse<String> read(Http http, String credential, String number, String fields, String purpose) {
        String path = "/api/sharing/requests/" + number + "/requester" + (fields == null ? "" : "?fields=" + fields);
        return purpose == null ? http.get(path, "Authorization", "Bearer " + credential)
                : http.get(path, "Authorization", "Bearer " + credential, "X-OneCity-Purpose", purpose,
                "X-OneCity-Case", "case-" + number);
    }

    static HttpResponse<String> post(Http http, String credential, String path, String json) {
        return http.postRaw(path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + credential);
    }

    private void agreement(String code, String purpose, String fields, boolean consent, String validTo) {
        var r = http.json("POST", "/api/admin/sharing/agreements", "{\"code\":\"" + code + "\",\"providerAgency\":\"DSNY\","
                + "\"consumerAgency\":\"NYPD\",\"dataset\":\"requests.requester\",\"fields\":[" + fields + "],"
                + "\"purpose\":\"" + purpose + "\",\"legalBasis\":\"City Charter s.1234 (test)\","
                + "\"validFrom\":\"2020-01-01T00:00:00Z\"" + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"")
                + ",\"consentRequired\":" + consent + "}", "admin", SharingFixtures.PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void anotherAgencyGetsOnlyWhatTheAgreementAndConsentAllow() {
        String dsny = system(http, "dsny-bo-" + suffix, "DSNY", "\"requests.requester:read\",\"consent:write\"", null);
        String nypd = system(http, "nypd-rec-" + suffix, "NYPD", "\"requests.requester:read\"", null);
        Person p = Person.unique();
        String number = SharingFixtures.file(http, p, 40.6660, -73.9360);
        String purpose = "noise-enforcement-" + suffix;

        var own = read(http, dsny, number, null, "collection");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).path("decision").asString()).isEqualTo("granted");
        assertThat(json(own).path("released").path("email").asString()).isEqualTo(p.email());
        assertThat(read(http, dsny, number, null, null).statusCode()).isEqualTo(400);

        var none = read(http, nypd, number, "first_name,phone", purpose);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(json(none).path("denied").path("phone").asString()).isEqualTo("no_agreement");
        assertThat(none.body()).doesNotContain(p.phone());

        agreement("dsny-nypd-" + suffix, purpose, "\"first_name\",\"phone\"", true, null);
        var noConsent = read(http, nypd, number, "first_name,email,phone", purpose);
        assertThat(json(noConsent).path("denied").path("phone").asString()).isEqualTo("no_consent");
        assertThat(json(noConsent).path("denied").path("email").asString()).isEqualTo("not_in_agreement");

        assertThat(post(http, dsny, "/api/sharing/requests/" + number + "/consent",
                "{\"purpose\":\"" + purpose + "\",\"given\":true}").statusCode()).isEqualTo(204);
        var partial = read(http, nypd, number, "first_name,email,phone", purpose);
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
        JsonNode body = json(partial);
        assertThat(body.path("decision").asString()).isEqualTo("partial");
        assertThat(body.path("released").path("first_name").asString()).isEqualTo(p.first());
        assertThat(body.path("released").path("phone").asString()).isEqualTo(p.phone());
        assertThat(body.path("released").has("email")).isFalse();
        assertThat(body.path("denied").path("email").asString()).isEqualTo("not_in_agreement");
        assertThat(json(read(http, nypd, number, "phone", "other-purpose")).path("denied").path("phone").asString())
                .isEqualTo("no_agreement");

        assertThat(post(http, dsny, "/api/sharing/requests/" + number + "/consent",
                "{\"purpose\":\"" + purpose + "\",\"given\":false}").statusCode()).isEqualTo(204);
        var withdrawn = read(http, nypd, number, "phone", purpose);
        assertThat(withdrawn.statusCode()).isEqualTo(403);
        assertThat(json(withdrawn).path("denied").path("phone").asString()).isEqualTo("consent_withdrawn");

        var entries = jdbc.sql("select decision from audit.audit_entry where subject = ? and system_code = ? order by seq")
                .params(number, "nypd-rec-" + suffix).query(String.class).list();
        assertThat(entries).containsExactly("denied", "denied", "partial", "denied", "denied");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void expiredAgreementsDenyAndBreakingTheGlassIsTimeLimitedAndFlagged() {
        String nypd = system(http, "nypd-exp-" + suffix, "NYPD", "\"requests.requester:read\"", null);
        String number = SharingFixtures.file(http, Person.unique(), 40.6670, -73.9370);
        String purpose = "expired-" + suffix;
        agreement("expired-" + suffix, purpose, "\"phone\"", false, "2021-01-01T00:00:00Z");
        assertThat(json(read(http, nypd, number, "phone", purpose)).path("denied").path("phone").asString())
                .isEqualTo("agreement_not_in_force");

        assertThat(post(http, nypd, "/api/sharing/requests/" + number + "/break-glass", "{\"reason\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post(http, nypd, "/api/sharing/requests/" + number + "/break-glass",
                "{\"reason\":\"Missing child reported at this address\",\"minutes\":600}").statusCode()).isEqualTo(400);
        var glass = post(http, nypd, "/api/sharing/requests/" + number + "/break-glass",
                "{\"reason\":\"Missing child reported at this address\",\"minutes\":30}");
        assertThat(glass.statusCode()).as(glass.body()).isEqualTo(201);
        var emergency = read(http, nypd, number, "phone", "emergency");
        assertThat(emergency.statusCode()).isEqualTo(200);
        assertThat(json(emergency).path("decision").asString()).isEqualTo("break_glass");

        long id = json(glass).path("id").asLong();
        var toReview = http.json("GET", "/api/admin/sharing/break-glass", null, "admin", SharingFixtures.PW);
        assertThat(toReview.body()).contains("Missing child reported at this address");
        assertThat(http.json("POST", "/api/admin/sharing/break-glass/" + id + "/review", null, "admin",
                SharingFixtures.PW).statusCode()).isEqualTo(204);
        String reason = jdbc.sql("select reason from audit.audit_entry where subject = ? and decision = 'break_glass'"
                + " and action = 'read'").param(number).query(String.class).single();
        assertThat(reason).contains("Missing child");
    }

    @Test
    void credentialsRotateWithAGracePeriodAndForgeriesAreRefused() {
        String code = "dot-field-" + suffix;
        String first = system(http, code, "DOT", "\"requests.requester:read\"", null);
        String number = SharingFixtures.file(http, Person.unique(), 40.6680, -73.9380);
        var rotated = http.json("POST", "/api/admin/sharing/systems/" + code + "/credentials", null, "admin",
                SharingFixtures.PW);
        String second = json(rotated).path("credential").asString();
        assertThat(second).isNotEqualTo(first).startsWith("ocs_");
        assertThat(read(http, second, number, "phone", "check").statusCode()).isEqualTo(403);
        assertThat(read(http, first, number, "phone", "check").statusCode()).isEqualTo(403);
        String forged = first.substring(0, first.length() - 2) + (first.endsWith("AA") ? "BB" : "AA");
        assertThat(read(http, forged, number, "phone", "check").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/sharing/requests/" + number + "/requester").statusCode()).isEqualTo(401);
        assertThat(http.json("GET", "/api/sharing/requests/" + number + "/requester", null, "dsny.staff",
                SharingFixtures.PW).statusCode()).isEqualTo(403);
        String secretHash = jdbc.sql("select string_agg(secret_hash, ',') from sharing.credential c join sharing.system s"
                + " on s.id = c.system_id where s.code = ?").param(code).query(String.class).single();
        assertThat(secretHash).doesNotContain(first.substring(21)).doesNotContain(second.substring(21));
    }
}
