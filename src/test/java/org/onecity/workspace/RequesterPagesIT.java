package org.onecity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff pages read requester details through the release decision, and each read is in the audit chain. */
class RequesterPagesIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;
    @Autowired
    JdbcClient jdbc;

    private String file(Requester requester) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Trash", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")), requester, List.of(), List.of(), "en", null, null,
                null)).request().number();
    }

    private List<String> reads(String number) {
        return jdbc.sql("""
                select actor || ' ' || purpose || ' ' || fields::text || ' ' || decision from audit.audit_entry
                where dataset = 'requests.requester' and subject = ? and action = 'read' order by seq""")
                .param(number).query(String.class).list();
    }

    @Test
    void theRequestPageAndTheAgentConsoleReadThroughTheDecisionAndAreAudited() {
        long n = System.nanoTime() % 1_000_000_000;
        String email = "marta" + n + "@example.com";
        String number = file(new Requester("Marta", "Oyelaran" + n, email, "+1 212 " + n, "device-" + n, null));

        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        String page = staff.get("/workspace/requests/" + number).body();
        assertThat(page).contains("Marta Oyelaran" + n + " " + email).doesNotContain("device-" + n, "id=\"withheld\"");
        Matcher entry = Pattern.compile("id=\"requester-audit\">This read is audit entry (\\d+)\\.").matcher(page);
        assertThat(entry.find()).as("the page names its audit entry").isTrue();
        assertThat(reads(number)).containsExactly("dsny.staff case_work {first_name,last_name,email,phone} granted");
        assertThat(jdbc.sql("select actor from audit.audit_entry where seq = ?").param(Long.parseLong(entry.group(1)))
                .query(String.class).single()).isEqualTo("dsny.staff");

        WebSession other = new WebSession(port);
        other.login("nypd.staff", "demo1234");
        assertThat(other.get("/workspace/requests/" + number).statusCode()).isEqualTo(404);
        assertThat(reads(number)).hasSize(1);

        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        String console = agent.get("/agent?email=" + email).body();
        assertThat(console).contains("Marta Oyelaran" + n);
        assertThat(reads(number)).last().isEqualTo("agent caller_lookup {first_name,last_name,email,phone} granted");

        String anonymous = file(Requester.ANONYMOUS);
        assertThat(staff.get("/workspace/requests/" + anonymous).body()).contains("Anonymous")
                .doesNotContain("requester-audit");
        assertThat(reads(anonymous)).isEmpty();
    }
}
