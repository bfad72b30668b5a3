package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecity.programs.ProgramsFixtures.form;
import static org.onecity.programs.ProgramsFixtures.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.audit.Audit;
import org.onecity.people.registry.Registration;
import org.onecity.programs.ProgramsFixtures.Person;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A DIF-CDMX system reads SIBISO's enrolment data about a person: the agreement and the person's
 * consent for this very program decide, and every read is audited.
 */
class ProgramConsentIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;
    @Autowired
    org.onecity.sharing.Governance governance;

    @Test
    void onlyAnAgreementAndConsentForThisProgramReleaseTheEnrolment() {
        Http http = new Http(port);
        Person p = ProgramsFixtures.person(registration);
        String sibisoSystem = ProgramsFixtures.system(http, "sib-cons-" + ProgramsFixtures.letters(8), "SIBISO",
                "programs:write");
        String number = ProgramsFixtures.fileNumber(http, sibisoSystem, ProgramsFixtures.SIBISO_PROGRAM, p.key());
        String difCode = "dif-cons-" + ProgramsFixtures.letters(8);
        String dif = ProgramsFixtures.system(http, difCode, "DIF-CDMX", "programs.enrolment:read");

        assertThat(http.get("/api/sharing/people/" + p.key() + "/enrolments", "Authorization", "Bearer " + dif)
                .statusCode()).isEqualTo(400);
        JsonNode none = read(http, dif, p);
        assertThat(none.path("decision").asString()).isEqualTo("denied");
        assertThat(none.path("denied").path("status").asString()).isEqualTo("no_agreement");
        assertThat(none.path("released").isEmpty()).isTrue();

        var agreement = http.json("POST", "/api/admin/sharing/agreements", "{\"code\":\"enrol-" + difCode + "\","
                + "\"providerAgency\":\"SIBISO\",\"consumerSystem\":\"" + difCode + "\",\"dataset\":\"programs.enrolment\","
                + "\"fields\":[\"program\",\"status\",\"submitted_at\",\"decided_at\",\"outcome\"],"
                + "\"purpose\":\"program-eligibility\",\"legalBasis\":\"Ley de Desarrollo Social CDMX (test)\","
                + "\"validFrom\":\"2020-01-01T00:00:00Z\",\"consentRequired\":true}", "admin", ProgramsFixtures.PW);
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
        assertThat(read(http, dif, p).path("denied").path("status").asString()).isEqualTo("no_consent");

        // Consent for another program of the same person does not count for this one.
        WebSession sibiso = ProgramsFixtures.login(port, ProgramsFixtures.staff(accounts, "SIBISO", Role.STAFF));
        var other = sibiso.post("/workspace/programs/people/" + p.key() + "/applications",
                form("program", ProgramsFixtures.OTHER_SIBISO_PROGRAM, "consent", "given"));
        assertThat(WebSession.location(other)).contains("done=filed");
        JsonNode afterOther = read(http, dif, p, number);
        assertThat(afterOther.path("denied").path("status").asString()).isEqualTo("no_consent");
        assertThat(afterOther.path("released").has("program")).isFalse();

        var given = sibiso.post("/workspace/programs/applications/" + number + "/consent", form("consent", "given"));
        assertThat(WebSession.location(given)).contains("done=consentGiven");
        JsonNode released = read(http, dif, p, number);
        assertThat(released.path("decision").asString()).isEqualTo("granted");
        assertThat(released.path("released").path("program").asString()).isEqualTo(ProgramsFixtures.SIBISO_PROGRAM);
        assertThat(released.path("released").path("status").asString()).isEqualTo("submitted");
        assertThat(released.path("denied").isEmpty()).isTrue();

        var page = sibiso.get("/workspace/programs/applications/" + number);
        assertThat(page.body()).containsPattern("id=\"consent\">Given<");
        var withdrawn = sibiso.post("/workspace/programs/applications/" + number + "/consent",
                form("consent", "withdrawn"));
        assertThat(WebSession.location(withdrawn)).contains("done=consentWithdrawn");
        String otherNumber = WebSession.location(other).replaceAll(".*/applications/(AP-[0-9-]+).*", "$1");
        JsonNode both = enrolments(http, dif, p);
        assertThat(both).hasSize(2);
        for (JsonNode a : both) {
            if (a.path("number").asString().equals(number)) {
                assertThat(a.path("denied").path("status").asString()).isEqualTo("consent_withdrawn");
            } else {
                assertThat(a.path("number").asString()).isEqualTo(otherNumber);
                assertThat(a.path("decision").asString()).isEqualTo("granted");
            }
        }
        assertThat(sibiso.get("/workspace/programs/applications/" + number).body())
                .containsPattern("id=\"consent\">Withdrawn<");

        var reads = jdbc.sql("select decision from audit.audit_entry where dataset = 'programs.enrolment'"
                        + " and system_code = ? and action = 'read' and subject = ? and case_ref = 'case-1' order by seq")
                .params(difCode, "person:" + p.key()).query(String.class).list();
        // Five reads of the first application (one released); the second one, filed with consent, three (all released).
        assertThat(reads).hasSize(8);
        assertThat(reads.stream().filter("granted"::equals).count()).isEqualTo(4);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void consentNamingNoProgramCountsForEveryProgramUntilWithdrawnForOne() {
        Http http = new Http(port);
        Person p = ProgramsFixtures.person(registration);
        String sibisoSystem = ProgramsFixtures.system(http, "sib-glob-" + ProgramsFixtures.letters(8), "SIBISO",
                "programs:write");
        String number = ProgramsFixtures.fileNumber(http, sibisoSystem, ProgramsFixtures.SIBISO_PROGRAM, p.key());
        String difCode = "dif-glob-" + ProgramsFixtures.letters(8);
        String dif = ProgramsFixtures.system(http, difCode, "DIF-CDMX", "programs.enrolment:read");
        var agreement = http.json("POST", "/api/admin/sharing/agreements", "{\"code\":\"enrol-" + difCode + "\","
                + "\"providerAgency\":\"SIBISO\",\"consumerSystem\":\"" + difCode + "\",\"dataset\":\"programs.enrolment\","
                + "\"fields\":[\"program\",\"status\"],\"purpose\":\"program-eligibility\","
                + "\"legalBasis\":\"Ley de Desarrollo Social CDMX (test)\",\"validFrom\":\"2020-01-01T00:00:00Z\","
                + "\"consentRequired\":true}", "admin", ProgramsFixtures.PW);
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);

        governance.consent("person:" + p.key(), "program-eligibility", null, true, "programs-test", "agent",
                "programs.enrolment");
        JsonNode released = read(http, dif, p);
        assertThat(released.path("decision").asString()).isEqualTo("partial");
        assertThat(released.path("released").path("status").asString()).isEqualTo("submitted");
        assertThat(released.path("denied").path("outcome").asString()).isEqualTo("not_in_agreement");

        WebSession sibiso = ProgramsFixtures.login(port, ProgramsFixtures.staff(accounts, "SIBISO", Role.STAFF));
        sibiso.post("/workspace/programs/applications/" + number + "/consent", form("consent", "withdrawn"));
        assertThat(read(http, dif, p).path("denied").path("status").asString()).isEqualTo("consent_withdrawn");
    }

    /** The enrolments of the person; the first application's entry. */
    private static JsonNode read(Http http, String credential, Person p) {
        JsonNode apps = enrolments(http, credential, p);
        assertThat(apps.size()).isEqualTo(1);
        return apps.get(0);
    }

    private static JsonNode read(Http http, String credential, Person p, String number) {
        for (JsonNode a : enrolments(http, credential, p)) {
            if (a.path("number").asString().equals(number)) {
                return a;
            }
        }
        throw new AssertionError("no application " + number);
    }

    private static JsonNode enrolments(Http http, String credential, Person p) {
        HttpResponse<String> r = http.get("/api/sharing/people/" + p.key() + "/enrolments", "Authorization",
                "Bearer " + credential, "X-OneCity-Purpose", "program-eligibility", "X-OneCity-Case", "case-1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r.body()).path("applications");
    }
}
