package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecity.programs.ProgramsFixtures.form;
import static org.onecity.programs.ProgramsFixtures.json;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.people.registry.Registration;
import org.onecity.programs.ProgramsFixtures.Person;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filing over the pages and the machine API, deciding once, agency scoping, the outbox event and the sealed reason. */
class ProgramApplicationsIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPrograms demoPrograms;
    @Autowired
    Programs programs;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void staffFileOnThePersonPageAndSystemsOverTheApiAndFilingAgainReturnsTheOpenOne() {
        Person p = ProgramsFixtures.person(registration);
        WebSession sibiso = ProgramsFixtures.login(port, ProgramsFixtures.staff(accounts, "SIBISO", Role.STAFF));
        var page = sibiso.get("/workspace/programs/people/" + p.key());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"apply\"", "Men&#39;s Well-being Pension", "/workspace/people/" + p.key());

        var noConsent = sibiso.post("/workspace/programs/people/" + p.key() + "/applications",
                form("program", ProgramsFixtures.SIBISO_PROGRAM));
        assertThat(noConsent.statusCode()).isEqualTo(400);
        assertThat(noConsent.body()).contains("apply-consent-error", "govuk-error-summary");
        var noProgram = sibiso.post("/workspace/programs/people/" + p.key() + "/applications", form("consent", "given"));
        assertThat(noProgram.statusCode()).isEqualTo(400);
        assertThat(noProgram.body()).contains("apply-program-error");

        var filed = sibiso.post("/workspace/programs/people/" + p.key() + "/applications",
                form("program", ProgramsFixtures.SIBISO_PROGRAM, "consent", "given"));
        assertThat(filed.statusCode()).isEqualTo(302);
        String location = WebSession.location(filed);
        assertThat(location).contains("/workspace/programs/applications/AP-").contains("done=filed");
        String number = location.replaceAll(".*/applications/(AP-[0-9-]+).*", "$1");
        var app = sibiso.get("/workspace/programs/applications/" + number);
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).contains(number, "/workspace/people/" + p.key(), "id=\"decide\"");
        assertThat(app.body()).containsPattern("id=\"consent\">Given<");

        var again = sibiso.post("/workspace/programs/people/" + p.key() + "/applications",
                form("program", ProgramsFixtures.SIBISO_PROGRAM, "consent", "given"));
        assertThat(WebSession.location(again)).contains("/applications/" + number).contains("done=existing");
        assertThat(jdbc.sql("select count(*) from programs.application where person_key = ?").param(p.key())
                .query(Long.class).single()).isEqualTo(1);

        // A referral to another agency's program: filed, but the page is that agency's.
        var referred = sibiso.post("/workspace/programs/people/" + p.key() + "/applications",
                form("program", ProgramsFixtures.DIF_PROGRAM, "consent", "not_given"));
        assertThat(WebSession.location(referred)).contains("/workspace/programs/people/" + p.key()).contains("referred=AP-");

        String system = ProgramsFixtures.system(http, "dif-file-" + ProgramsFixtures.letters(8), "DIF-CDMX",
                "programs:write");
        var api = ProgramsFixtures.file(http, system, ProgramsFixtures.OTHER_SIBISO_PROGRAM, p.key(), null);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
        String apiNumber = json(api.body()).path("number").asString();
        var apiAgain = ProgramsFixtures.file(http, system, ProgramsFixtures.OTHER_SIBISO_PROGRAM, p.key(), true);
        assertThat(apiAgain.statusCode()).isEqualTo(200);
        assertThat(json(apiAgain.body()).path("number").asString()).isEqualTo(apiNumber);
        assertThat(json(apiAgain.body()).path("created").asBoolean()).isFalse();
        assertThat(ProgramsFixtures.file(http, system, "no-such-program", p.key(), null).statusCode()).isEqualTo(400);
        assertThat(ProgramsFixtures.file(http, system, ProgramsFixtures.SIBISO_PROGRAM,
                java.util.UUID.randomUUID(), null).statusCode()).isEqualTo(404);
        String noScope = ProgramsFixtures.system(http, "dif-none-" + ProgramsFixtures.letters(8), "DIF-CDMX",
                "events:receive");
        assertThat(ProgramsFixtures.file(http, noScope, ProgramsFixtures.SIBISO_PROGRAM, p.key(), null).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select channel from programs.application where number = ?").param(apiNumber)
                .query(String.class).single()).isEqualTo("agency");
    }

    @Test
    void staffOfTheProgramsAgencyDecideOnceWithAReasonToRejectAndOtherAgenciesSeeNothing() throws Exception {
        Person p = ProgramsFixtures.person(registration);
        String system = ProgramsFixtures.system(http, "sib-file-" + ProgramsFixtures.letters(8), "SIBISO",
                "programs:write");
        String rejectNo = ProgramsFixtures.fileNumber(http, system, ProgramsFixtures.SIBISO_PROGRAM, p.key());
        String approveNo = ProgramsFixtures.fileNumber(http, system, ProgramsFixtures.DIF_PROGRAM, p.key());
        WebSession sibiso = ProgramsFixtures.login(port, ProgramsFixtures.staff(accounts, "SIBISO", Role.STAFF));
        WebSession dif = ProgramsFixtures.login(port, ProgramsFixtures.staff(accounts, "DIF-CDMX", Role.STAFF));

        assertThat(sibiso.get("/workspace/programs/applications/" + rejectNo).statusCode()).isEqualTo(200);
        var noReason = sibiso.post("/workspace/programs/applications/" + rejectNo + "/decision",
                form("outcome", "rejected", "reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("decision-reason-error");
        assertThat(status(rejectNo)).isEqualTo("submitted");

        String reason = "Lives outside the city, checked " + ProgramsFixtures.letters(10);
        var rejected = sibiso.post("/workspace/programs/applications/" + rejectNo + "/decision",
                form("outcome", "rejected", "reason", reason));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(status(rejectNo)).isEqualTo("rejected");
        var shown = sibiso.get("/workspace/programs/applications/" + rejectNo);
        assertThat(shown.body()).contains(reason).doesNotContain("id=\"decide\"");
        assertThat(jdbc.sql("select count(*) from programs.application where number = ?"
                        + " and position(convert_to(?, 'UTF8') in decision_reason) > 0")
                .params(rejectNo, reason).query(Long.class).single()).isZero();
        var dump = org.onecity.testing.DatabaseDump.take();
        assertThat(dump.text()).as(dump.how()).contains(rejectNo).doesNotContain(reason);

        long history = count("select count(*) from programs.application_history h join programs.application a"
                + " on a.id = h.application_id where a.number = ?", rejectNo);
        long audits = count("select count(*) from audit.audit_entry where case_ref = ? and action <> 'read'", rejectNo);
        long events = count("select count(*) from sharing.outbox where subject = ?", "application:" + rejectNo);
        var twice = sibiso.post("/workspace/programs/applications/" + rejectNo + "/decision",
                form("outcome", "approved", "reason", ""));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("already been decided");
        assertThat(status(rejectNo)).isEqualTo("rejected");
        assertThat(count("select count(*) from programs.application_history h join programs.application a"
                + " on a.id = h.application_id where a.number = ?", rejectNo)).isEqualTo(history);
        assertThat(count("select count(*) from audit.audit_entry where case_ref = ? and action <> 'read'", rejectNo)).isEqualTo(audits);
        assertThat(count("select count(*) from sharing.outbox where subject = ?", "application:" + rejectNo))
                .isEqualTo(events).isEqualTo(1);

        // DIF-CDMX staff see nothing of SIBISO's programs, and SIBISO's of DIF-CDMX's.
        assertThat(dif.get("/workspace/programs/applications/" + rejectNo).statusCode()).isEqualTo(404);
        assertThat(dif.post("/workspace/programs/applications/" + rejectNo + "/decision",
                form("outcome", "approved")).statusCode()).isEqualTo(404);
        assertThat(dif.get("/workspace/programs/" + ProgramsFixtures.SIBISO_PROGRAM).statusCode()).isEqualTo(404);
        assertThat(sibiso.get("/workspace/programs/applications/" + approveNo).statusCode()).isEqualTo(404);
        assertThat(sibiso.post("/workspace/programs/applications/" + approveNo + "/decision",
                form("outcome", "approved")).statusCode()).isEqualTo(404);
        assertThat(status(approveNo)).isEqualTo("submitted");

        var approved = dif.post("/workspace/programs/applications/" + approveNo + "/decision", form("outcome", "approved"));
        assertThat(WebSession.location(approved)).contains("done=approved");
        assertThat(status(approveNo)).isEqualTo("approved");
        var queue = dif.get("/workspace/programs/" + ProgramsFixtures.DIF_PROGRAM);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("From the Cradle", "children aged 0 to 3", "Approved: ");
        var spanish = dif.acceptLanguage("es").get("/workspace/programs/" + ProgramsFixtures.DIF_PROGRAM + "?page=99");
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("Desde la Cuna", "niñas y niños de 0 a 3 años", "Solicitudes");
        dif.acceptLanguage("en");
        assertThat(dif.get("/workspace/programs").body()).contains("program-" + ProgramsFixtures.DIF_PROGRAM)
                .doesNotContain("program-" + ProgramsFixtures.SIBISO_PROGRAM);

        // The event goes to the program's agency and the person's holder, without personal data.
        var row = jdbc.sql("select array_to_string(agencies, ',') as agencies, document from sharing.outbox"
                        + " where subject = ? and type = 'org.onecity.application.decided'")
                .param("application:" + approveNo).query().singleRow();
        assertThat(row.get("agencies")).isEqualTo("DIF-CDMX,SIBISO");
        String document = String.valueOf(row.get("document"));
        assertThat(document).contains(approveNo, ProgramsFixtures.DIF_PROGRAM, p.key().toString(), "approved")
                .doesNotContain(p.givenNames(), p.firstSurname(), p.curp());
        String rejectedDoc = jdbc.sql("select document from sharing.outbox where subject = ?")
                .param("application:" + rejectNo).query(String.class).single();
        assertThat(rejectedDoc).contains("rejected").doesNotContain(reason, p.givenNames(), p.curp());
        assertThat(jdbc.sql("select array_to_string(agencies, ',') from sharing.outbox where subject = ?")
                .param("application:" + rejectNo).query(String.class).single()).isEqualTo("SIBISO");
    }

    @Test
    void administratorsManageTheCatalogAgainstTheCatalogsAgencies() throws Exception {
        var list = http.json("GET", "/api/admin/programs", null, "admin", ProgramsFixtures.PW);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"desde-la-cuna\"", "\"DIF-CDMX\"", "\"comedores-para-el-bienestar\"");
        assertThat(json(list.body()).size()).isGreaterThanOrEqualTo(10);
        // The demo loader ran at start; running it again changes nothing.
        long before = jdbc.sql("select count(*) from programs.program").query(Long.class).single();
        demoPrograms.run(null);
        assertThat(jdbc.sql("select count(*) from programs.program").query(Long.class).single()).isEqualTo(before);
        assertThat(DemoPrograms.read()).hasSize(10).allSatisfy(p -> assertThat(programs.find(p.code())).isPresent());
        assertThat(programs.find("desde-la-cuna").orElseThrow().agencyCode()).isEqualTo("DIF-CDMX");
        assertThat(programs.find("mercomuna").orElseThrow().beneficiariesNote().in("es")).isEqualTo("familias");
        String code = "zz-test-" + ProgramsFixtures.letters(8);
        String body = "{\"agency\":\"%s\",\"name\":{\"en\":\"Test program\",\"es\":\"Programa de prueba\"},"
                + "\"targetPopulation\":{\"en\":\"testers\"},\"beneficiaries2025\":5,\"sourceDate\":\"2025-01\"}";
        var unknown = http.json("PUT", "/api/admin/programs/" + code, body.formatted("NO-SUCH"), "admin", ProgramsFixtures.PW);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"agency\"");
        assertThat(http.json("PUT", "/api/admin/programs/" + code, "{}", "admin", ProgramsFixtures.PW).statusCode())
                .isEqualTo(400);
        var created = http.json("PUT", "/api/admin/programs/" + code, body.formatted("SIBISO"), "admin", ProgramsFixtures.PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var replaced = http.json("PUT", "/api/admin/programs/" + code, body.formatted("DIF-CDMX"), "admin",
                ProgramsFixtures.PW);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(json(replaced.body()).path("agency").asString()).isEqualTo("DIF-CDMX");
        assertThat(http.json("PUT", "/api/admin/programs/" + code, body.formatted("SIBISO"), "dsny.staff",
                ProgramsFixtures.PW).statusCode()).isEqualTo(403);
    }

    private String status(String number) {
        return jdbc.sql("select status from programs.application where number = ?").param(number)
                .query(String.class).single();
    }

    private long count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

}
