package org.onecity.workspace;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.sharing.Governance;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.MutableClock;
import org.onecity.testing.MutableClockConfiguration;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break-the-glass on staff pages, over real HTTP: another agency's staff member states a reason and
 * gets time-limited access to the details named, audited and queued for review; the page closes
 * again when the time is up.
 */
@Import(MutableClockConfiguration.class)
class EmergencyAccessIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWork work;
    @Autowired
    Governance governance;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private String file(Requester requester) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Trash", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")), requester, List.of(), List.of(), "en", null, null,
                null)).request().number();
    }

    /** Every audit entry about the request's requester: actor, action, purpose, fields, decision, reason. */
    private List<String> audited(String number) {
        return jdbc.sql("""
                select actor || ' ' || action || ' ' || purpose || ' ' || fields::text || ' ' || decision || ' '
                    || coalesce(reason, '') from audit.audit_entry
                where dataset = 'requests.requester' and subject = ? order by seq""")
                .param(number).query(String.class).list();
    }

    private WebSession signIn(String user) {
        WebSession s = new WebSession(port);
        s.login(user, "demo1234");
        return s;
    }

    @Test
    void anotherAgencysStaffBreaksTheGlassSeesWhatTheGrantCoversUntilItExpiresAndAnAdminReviewsIt() {
        long n = System.nanoTime() % 1_000_000_000;
        String email = "glass" + n + "@example.com";
        String number = file(new Requester("Rosa", "Quintero" + n, email, "+1 718 " + n, null, null));
        work.addNote(number, "Internal: crew saw needles " + n, false, Actor.staff("dsny.staff"));
        work.addNote(number, "Crew scheduled " + n, true, Actor.staff("dsny.staff"));

        WebSession nypd = signIn("nypd.staff");
        assertThat(nypd.get("/workspace/requests/" + number).statusCode()).isEqualTo(404);
        assertThat(nypd.get("/workspace/emergency/" + number).statusCode()).isEqualTo(404);
        assertThat(audited(number)).isEmpty();

        String start = nypd.get("/workspace").body();
        assertThat(start).contains("href=\"/workspace/emergency\"", "Emergency access");
        String found = nypd.get("/workspace/emergency?number=" + number).body();
        assertThat(found).contains("id=\"emergency-agency\">DSNY<", "id=\"emergency-reason\"", "emergency-confirm")
                .doesNotContain("Rosa", email);

        var missing = nypd.post("/workspace/emergency", List.of(entry("number", number), entry("reason", "  "),
                entry("fields", "phone"), entry("minutes", "60")));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("href=\"#emergency-reason\"", "id=\"emergency-reason-error\"",
                "aria-describedby=\"emergency-reason-hint emergency-reason-error\"", "govuk-form-group--error",
                "State the reason in plain text, 10 to 500 characters");
        assertThat(nypd.post("/workspace/emergency", List.of(entry("number", number),
                entry("reason", "<b>Gas leak reported at the address</b>"), entry("fields", "phone"),
                entry("minutes", "60"))).body()).contains("id=\"emergency-reason-error\"");
        assertThat(nypd.post("/workspace/emergency", List.of(entry("number", number),
                entry("reason", "Gas leak reported at the address"), entry("minutes", "600"))).body())
                .contains("id=\"emergency-fields-error\"", "id=\"emergency-minutes-error\"");
        assertThat(governance.toReview()).noneMatch(g -> g.subject().equals(number));
        assertThat(audited(number)).as("nothing written for a refused form").isEmpty();

        String reason = "Gas leak reported at the address, caller must be reached " + n;
        var granted = nypd.post("/workspace/emergency", List.of(entry("number", number), entry("reason", reason),
                entry("fields", "first_name"), entry("fields", "last_name"), entry("fields", "phone"),
                entry("minutes", "60")));
        assertThat(WebSession.location(granted)).endsWith("/workspace/emergency/" + number);

        String page = nypd.get("/workspace/emergency/" + number).body();
        assertThat(page).contains("id=\"emergency-banner\"", reason, "This access is audited and will be reviewed.",
                "Your access expires at", "id=\"released-first_name\">First name: Rosa<",
                "id=\"released-last_name\">Last name: Quintero" + n + "<", "id=\"released-phone\">Phone: +1 718 " + n + "<",
                "id=\"withheld-email\">Email: withheld (not asked for in the emergency access)<", "Crew scheduled " + n)
                .doesNotContain(email, "crew saw needles", "/workspace/requests/" + number + "/status");
        var usual = nypd.get("/workspace/requests/" + number);
        assertThat(usual.statusCode()).as("still not their agency's request: the usual page sends to the emergency view")
                .isEqualTo(302);
        assertThat(WebSession.location(usual)).endsWith("/workspace/emergency/" + number);
        assertThat(audited(number)).containsExactly(
                "nypd.staff break_glass emergency {first_name,last_name,phone} break_glass " + reason,
                "nypd.staff read emergency {first_name,last_name,phone} break_glass break the glass: " + reason
                        + "; denied email:not_in_break_glass");

        nypd.get("/workspace/emergency?number=" + number);
        var more = nypd.post("/workspace/emergency", List.of(entry("number", number),
                entry("reason", "The phone number does not answer, email needed " + n), entry("fields", "email"),
                entry("minutes", "30")));
        assertThat(WebSession.location(more)).endsWith("/workspace/emergency/" + number);
        assertThat(nypd.get("/workspace/emergency/" + number).body()).as("a second grant adds to the first")
                .contains("id=\"released-email\">Email: " + email + "<", "id=\"released-phone\">", reason)
                .doesNotContain("id=\"withheld\"");
        assertThat(audited(number)).hasSize(4).last().asString()
                .startsWith("nypd.staff read emergency {first_name,last_name,email,phone} break_glass break the glass: "
                        + "The phone number does not answer");

        WebSession admin = signIn("admin");
        Governance.BreakGlass grant = governance.toReview().stream().filter(g -> g.reason().equals(reason))
                .findFirst().orElseThrow();
        assertThat(grant.staff()).isTrue();
        assertThat(grant.agency()).isEqualTo("NYPD");
        String queue = admin.get("/admin/sharing/break-glass").body();
        assertThat(queue).contains("id=\"grant-" + grant.id() + "\"", "nypd.staff (NYPD)", "staff member", number,
                reason, "first_name, last_name, phone", "Still active");
        var reviewed = admin.post("/admin/sharing/break-glass/" + grant.id() + "/review", List.of());
        assertThat(WebSession.location(reviewed)).endsWith("?reviewed=" + grant.id());
        assertThat(admin.get("/admin/sharing/break-glass").body()).doesNotContain("id=\"grant-" + grant.id() + "\"");

        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(nypd.get("/workspace/emergency/" + number).statusCode()).as("closed after the time limit")
                    .isEqualTo(404);
            assertThat(nypd.get("/workspace/requests/" + number).statusCode()).isEqualTo(404);
            assertThat(nypd.get("/workspace/emergency?number=" + number).body()).doesNotContain("emergency-active");
            assertThat(audited(number)).hasSize(4);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void onlyAgencyStaffBreakTheGlassAndNotForTheirOwnAgencysRequests() throws Exception {
        String number = file(new Requester("Ana", "Own", null, "+1 212 555 0101", null, null));
        WebSession dsny = signIn("dsny.staff");
        assertThat(dsny.get("/workspace/emergency?number=" + number).body()).contains("id=\"emergency-own\"")
                .doesNotContain("emergency-confirm");
        var own = dsny.post("/workspace/emergency", List.of(entry("number", number),
                entry("reason", "No reason needed for my own agency"), entry("fields", "phone"), entry("minutes", "30")));
        assertThat(WebSession.location(own)).endsWith("/workspace/requests/" + number);
        assertThat(governance.toReview()).noneMatch(g -> g.subject().equals(number));

        WebSession supervisor = signIn("dsny.supervisor");
        assertThat(supervisor.get("/workspace/emergency?number=311-00000000").body())
                .contains("id=\"emergency-number-error\"", "There is no request with that number");
        assertThat(supervisor.get("/workspace/emergency?lang=es").body()).contains("Acceso de emergencia",
                "Número de solicitud");

        assertThat(signIn("agent").get("/workspace/emergency").statusCode()).isEqualTo(403);
        assertThat(signIn("admin").get("/workspace/emergency").statusCode()).isEqualTo(403);
        assertThat(signIn("analyst").get("/workspace/emergency").statusCode()).isEqualTo(403);
        WebSession anonymous = new WebSession(port);
        assertThat(WebSession.location(anonymous.get("/workspace/emergency"))).endsWith("/login");

        WebSession nypd = signIn("nypd.staff");
        nypd.get("/workspace/emergency?number=" + number);
        HttpClient withoutToken = HttpClient.newBuilder().cookieHandler(nypd.cookies()).build();
        var noToken = withoutToken.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/workspace/emergency")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("number=" + number
                        + "&reason=Reason+long+enough+to+pass&fields=phone&minutes=30")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).as("a form post without the CSRF token is refused").isEqualTo(403);
        assertThat(governance.toReview()).noneMatch(g -> g.subject().equals(number));
    }
}
