package org.onecity.workspace;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Governance;
import org.onecity.sharing.members.Systems;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An agent records a caller's consent (given, then withdrawn) in the console; the release decision follows at once. */
class AgentConsentIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;
    @Autowired
    Systems systems;
    @Autowired
    Governance governance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.onecity.messaging.NotificationLinks links;

    @Test
    void theAgentRecordsTheCallersAnswerAndItCountsAtOnce() {
        long n = System.nanoTime() % 1_000_000_000;
        String filedPhone = "+1 (917) " + n;
        String phone = "1917" + n;
        String number = intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.PHONE, "Trash", 40.7128,
                -74.0060, null, null, null, Map.of("descriptor", List.of("trash")),
                new Requester("Luis", null, null, filedPhone, null, null), List.of(), List.of(), "en", null, null, null))
                .request().number();
        String nypd = systems.create(new Systems.NewSystem("nypd-agent-" + n, "NYPD", "Precinct",
                Set.of(AgencySystem.READ_REQUESTER), null, List.of())).credential();
        String purpose = "agent_consent_" + n;
        String agreement = "agent-consent-" + n;
        governance.addAgreement(new Governance.Agreement(agreement, "DSNY", "NYPD", null, "requests.requester",
                Set.of("phone"), purpose, "Test basis", Instant.parse("2020-01-01T00:00:00Z"), null, true), "admin");
        Http http = new Http(port);
        assertThat(read(http, nypd, number, purpose)).isEqualTo(403);

        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        String console = agent.get("/agent?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)).body();
        String row = row(console, agreement);
        assertThat(row).contains("DSNY → NYPD", purpose, "phone", "Not asked yet", "Caller allows NYPD");

        var given = agent.post("/agent/consent", List.of(entry("phone", phone), entry("email", ""), entry("name", ""),
                entry("language", "en"), entry("agreement", agreement), entry("give", "true")));
        assertThat(WebSession.location(given)).contains("consentSaved=" + agreement).endsWith("#caller-consent");
        assertThat(read(http, nypd, number, purpose)).as("consent given by phone").isEqualTo(200);
        console = agent.get(WebSession.location(given).replace("#caller-consent", "")).body();
        assertThat(console).contains("id=\"consent-saved\"");
        assertThat(row(console, agreement)).contains("Allows", "Caller withdraws from NYPD");
        assertThat(jdbc.sql("""
                select actor || ' ' || actor_kind || ' ' || action from audit.audit_entry
                where purpose = ? and action like 'consent%' order by seq desc limit 1""").param(purpose).query(String.class).single())
                .isEqualTo("agent staff consent_given");

        String myData = links.myDataUrl(number);
        WebSession resident = new WebSession(port);
        assertThat(resident.get(myData.substring(myData.indexOf("/my-data/"))).body())
                .as("the resident sees the consent the agent recorded for them")
                .contains("311 agent, NYC 311", "Consent given", "You allow this.").doesNotContain(">agent<");

        agent.post("/agent/consent", List.of(entry("phone", phone), entry("agreement", agreement), entry("give", "false")));
        assertThat(read(http, nypd, number, purpose)).as("withdrawn at once").isEqualTo(403);
        assertThat(row(agent.get("/agent?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)).body(), agreement))
                .contains("Does not allow");
        assertThat(WebSession.location(agent.post("/agent/consent", List.of(entry("agreement", agreement),
                entry("give", "true"))))).contains("consentError=");

        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        assertThat(staff.post("/agent/consent", List.of(entry("phone", phone), entry("agreement", agreement),
                entry("give", "true"))).statusCode()).isEqualTo(403);
    }

    private static int read(Http http, String credential, String number, String purpose) {
        return http.get("/api/sharing/requests/" + number + "/requester?fields=phone", "Authorization",
                "Bearer " + credential, "X-OneCity-Purpose", purpose, "X-OneCity-Case", number).statusCode();
    }

    private static String row(String page, String agreement) {
        int start = page.indexOf("id=\"consent-" + agreement + "\"");
        assertThat(start).as("the agreement's row").isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
