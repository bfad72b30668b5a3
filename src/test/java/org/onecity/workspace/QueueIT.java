package org.onecity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.ServiceRequest;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agency queue filters (status, type, district, age) and pages in SQL: 63 open requests of a
 * fresh agency come 50 to a page, overdue first, and each filter narrows the count on the server.
 */
class QueueIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWork work;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filtersAndPagesRunOnTheServer() {
        String code = "Q" + ThreadLocalRandom.current().nextInt(1_000_000);
        String a = code.toLowerCase() + "-a";
        String b = code.toLowerCase() + "-b";
        Http http = new Http(port);
        assertThat(http.json("PUT", "/api/admin/agencies/" + code, """
                {"code":"%s","name":{"en":"Queue agency","es":"Agencia de cola"}}""".formatted(code), "admin", "demo1234")
                .statusCode()).isEqualTo(200);
        for (String svc : List.of(a, b)) {
            assertThat(http.json("PUT", "/api/admin/services/" + svc, """
                    {"agency":"%s","name":{"en":"Thing %s","es":"Cosa %s"},"description":{"en":"d","es":"d"},
                     "group":{"en":"Streets","es":"Calles"},"keywords":{"en":[],"es":[]},"sla_hours":48,
                     "type":"realtime","attributes":[]}""".formatted(code, svc, svc), "admin", "demo1234").statusCode())
                    .isEqualTo(200);
        }
        List<ServiceRequest> filed = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            boolean manhattan = i % 3 == 0;
            filed.add(intake.submit(new SubmitRequest(i < 40 ? a : b, Channel.WEB, "q" + i, manhattan ? 40.7128 : 40.6782,
                    manhattan ? -74.0060 : -73.9442, null, null, null, Map.of(), Requester.ANONYMOUS, List.of(), List.of(),
                    "en", null, null, null)).request());
        }
        for (int i = 0; i < 7; i++) {
            work.changeStatus(new ChangeStatus(filed.get(i).number(), RequestStatus.ACKNOWLEDGED, null, null, false, null,
                    Actor.staff("admin")));
        }
        List<String> old = filed.subList(60, 63).stream().map(ServiceRequest::number).toList();
        jdbc.sql("""
                update requests.service_request set requested_at = now() - interval '10 days',
                    expected_at = now() - interval '8 days' where number = any(?)""")
                .param(old.toArray(String[]::new)).update();

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        String first = admin.get("/workspace?agency=" + code).body();
        assertThat(first).contains("63 open requests (page 1 of 2)");
        assertThat(rows(first)).hasSize(50);
        assertThat(rows(first).subList(0, 3)).as("overdue first").containsExactlyInAnyOrderElementsOf(old);
        String second = admin.get("/workspace?agency=" + code + "&page=2").body();
        assertThat(rows(second)).hasSize(13).doesNotContainAnyElementsOf(rows(first));

        assertThat(admin.get("/workspace?agency=" + code + "&status=acknowledged").body()).contains("7 open requests");
        assertThat(admin.get("/workspace?agency=" + code + "&service=" + b).body()).contains("23 open requests");
        assertThat(admin.get("/workspace?agency=" + code + "&olderThanDays=7").body()).contains("3 open requests");
        String cd = filed.get(0).districts().code("community_district");
        assertThat(cd).isNotNull();
        assertThat(admin.get("/workspace?agency=" + code + "&district=" + cd).body()).contains("21 open requests");
        String combined = admin.get("/workspace?agency=" + code + "&district=" + cd + "&status=acknowledged&service=" + a).body();
        assertThat(combined).contains("3 open requests");
        assertThat(rows(combined)).containsExactlyInAnyOrder(filed.get(0).number(), filed.get(3).number(),
                filed.get(6).number());
        String paged = admin.get("/workspace?agency=" + code + "&service=" + a + "&page=1").body();
        assertThat(paged).doesNotContain("id=\"queue-next\"");
    }

    private static List<String> rows(String html) {
        var m = Pattern.compile("name=\"numbers\" value=\"([^\"]+)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
