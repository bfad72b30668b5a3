package org.onecity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestQuery;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor's escalated requests are read in SQL, highest level first, 50 a page: every escalated
 * request can be reached however many open requests the agency has, and none that never escalated shows.
 */
class SupervisorViewIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestCoordination coordination;
    @Autowired
    RequestQueries queries;

    @Test
    void escalatedRequestsArePagedHighestLevelFirst() {
        List<String> levelOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            String n = file();
            assertThat(coordination.escalate(n, 1, "supervisor", "Unit head")).isTrue();
            levelOne.add(n);
        }
        String top = file();
        coordination.escalate(top, 1, "supervisor", "Unit head");
        coordination.escalate(top, 2, "director", "Director");
        String never = file();

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        String first = admin.get("/workspace/supervisor?agency=DCWP").body();
        long total = queries.count(RequestQuery.escalated("DCWP", 1, 50));
        assertThat(total).isGreaterThanOrEqualTo(52);
        assertThat(first).contains("id=\"escalated-count\">" + total + " escalated open requests",
                "id=\"escalated-next\"", "Page 1 of " + ((total + 49) / 50));
        int topAt = first.indexOf(">" + top + "<");
        assertThat(topAt).as("the level-2 request leads").isPositive();
        assertThat(levelOne).allSatisfy(n -> {
            int at = first.indexOf(">" + n + "<");
            assertThat(at == -1 || at > topAt).isTrue();
        });

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= (total + 49) / 50; page++) {
            String body = admin.get("/workspace/supervisor?agency=DCWP&page=" + page).body();
            levelOne.stream().filter(n -> body.contains(">" + n + "<")).forEach(seen::add);
            assertThat(body).doesNotContain(">" + never + "<");
        }
        assertThat(seen).as("every escalated request on exactly one page").containsExactlyInAnyOrderElementsOf(levelOne);
    }

    private String file() {
        return intake.submit(new SubmitRequest("dcwp-consumer-complaint", Channel.WEB, "Overcharged", null, null,
                "Broadway & W 4th St", null, null, Map.of("descriptor", List.of("electronics-store")), Requester.ANONYMOUS, List.of(), List.of(), "en", null,
                null, null)).request().number();
    }
}
