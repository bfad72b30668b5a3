package org.onecity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent console and the agency workspace through their pages (no JavaScript). */
class WorkspaceIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Autowired
    Feedback feedback;

    @Autowired
    Contacts contacts;

    @Test
    void anAgentFindsTheCallerFilesByPhoneAndLogsAnInformationCall() {
        String phone = "(212) 555-" + (1000 + ThreadLocalRandom.current().nextInt(8999));
        String earlier = file("dsny-dirty-condition", new Requester("Marta", "Lopez", null, phone, null, null));
        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        var found = agent.get("/agent?phone=" + phone.replaceAll("[^0-9]", "") + "&language=es");
        assertThat(found.body()).contains(earlier).contains("Marta");
        var services = agent.get("/agent?phone=" + phone.replaceAll("[^0-9]", "") + "&language=es&service=graffiti");
        assertThat(services.body()).contains("/agent/file/dsny-graffiti");
        agent.get("/agent/file/dsny-graffiti?phone=" + phone.replaceAll("[^0-9]", "") + "&language=es");
        var filed = agent.postMultipart("/agent/file/dsny-graffiti", List.of(Map.entry("phone", phone),
                Map.entry("firstName", "Marta"), Map.entry("language", "es"), Map.entry("address", "20 Jay St, Brooklyn")),
                List.of());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String number = WebSession.location(filed).replaceAll(".*filed=([^&]+).*", "$1");
        assertThat(agent.get(WebSession.location(filed)).body()).as("the caller's private link, once")
                .containsPattern("/track/" + number + "\\?key=[A-Za-z0-9_-]{20,}");
        assertThat(agent.get(WebSession.location(filed)).body()).doesNotContain("?key=");
        var r = queries.find(number).orElseThrow();
        assertThat(r.channel()).isEqualTo(Channel.PHONE);
        assertThat(r.language()).isEqualTo("es");
        agent.get("/agent?phone=" + phone.replaceAll("[^0-9]", ""));
        var logged = agent.post("/agent/contacts", List.of(Map.entry("phone", phone), Map.entry("language", "es"),
                Map.entry("topic", "Asked about bulk pickup days"), Map.entry("notes", "Told her Tuesdays")));
        assertThat(WebSession.location(logged)).contains("logged=1");
        assertThat(contacts.ofCaller(phone, null, 10)).extracting(Contacts.Contact::topic)
                .contains("Asked about bulk pickup days", "Graffiti");
        assertThat(agent.get("/agent?phone=" + phone.replaceAll("[^0-9]", "")).body()).contains("Asked about bulk pickup days").contains(number);
    }

    @Test
    void agencyStaffWorkTheQueueAndSupervisorsSeeSurveys() {
        String a = file("dsny-dirty-condition", new Requester("Q", "One", "q1@example.com", null, null, null));
        String b = file("dsny-dirty-condition", Requester.ANONYMOUS);
        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        // the queue is due-first, 50 a page: other tests' imported history may fill the first pages
        StringBuilder queue = new StringBuilder();
        for (int page = 1; page <= 40 && !(queue.toString().contains(a) && queue.toString().contains(b)); page++) {
            queue.append(staff.get("/workspace?service=dsny-dirty-condition&page=" + page).body());
        }
        assertThat(queue.toString()).contains(a).contains(b);
        var bulk = staff.post("/workspace/bulk", List.of(Map.entry("numbers", a), Map.entry("numbers", b),
                Map.entry("action", "acknowledge")));
        assertThat(WebSession.location(bulk)).contains("done=2");
        staff.get("/workspace/requests/" + a);
        staff.post("/workspace/requests/" + a + "/assign", List.of(Map.entry("assignee", "dsny.staff")));
        staff.post("/workspace/requests/" + a + "/status", List.of(Map.entry("status", "in_progress"),
                Map.entry("note", "Crew on the way"), Map.entry("publicNote", "true")));
        staff.post("/workspace/requests/" + a + "/note", List.of(Map.entry("note", "Internal: bring gloves")));
        staff.post("/workspace/requests/" + a + "/resolve", List.of(Map.entry("outcome", "resolved"),
                Map.entry("resolution", "Swept the block")));
        var closed = queries.find(a).orElseThrow();
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.resolution()).isEqualTo("Swept the block");
        assertThat(closed.assignedTo()).isEqualTo("dsny.staff");
        assertThat(queries.history(a, true)).noneMatch(h -> "Internal: bring gloves".equals(h.note()))
                .anyMatch(h -> "Crew on the way".equals(h.note()));
        String c = file("dsny-dirty-condition", Requester.ANONYMOUS);
        staff.get("/workspace/requests/" + c);
        staff.post("/workspace/requests/" + c + "/merge", List.of(Map.entry("parent", b)));
        assertThat(queries.find(c).orElseThrow().parentNumber()).isEqualTo(b);
        var reroute = staff.post("/workspace/requests/" + b + "/reroute", List.of(Map.entry("agency", "DOT"),
                Map.entry("reason", "Road surface, not litter")));
        assertThat(WebSession.location(reroute)).contains("rerouted=" + b);
        assertThat(queries.find(b).orElseThrow().agencyCode()).isEqualTo("DOT");
        assertThat(staff.get("/workspace/requests/" + b).statusCode()).as("now another agency's").isEqualTo(404);

        feedback.answerSurvey(a, 2, "Slow", "en");
        feedback.askToReopen(a, "Trash is back");
        WebSession supervisor = new WebSession(port);
        supervisor.login("dsny.supervisor", "demo1234");
        var overview = supervisor.get("/workspace/supervisor");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains(a).contains("Slow").contains("Trash is back");
        long ask = feedback.reopenAsks(a).get(0).id();
        supervisor.get("/workspace/requests/" + a);
        supervisor.post("/workspace/requests/" + a + "/asks/" + ask, List.of(Map.entry("decision", "reopen")));
        assertThat(queries.find(a).orElseThrow().status()).isEqualTo(RequestStatus.REOPENED);
    }

    private String file(String service, Requester requester) {
        return intake.submit(new SubmitRequest(service, Channel.WEB, "x", null, null, "Broadway & W 4th St", null, null,
                Map.of("descriptor", List.of("trash")), requester, List.of(), List.of(), "en", null, null, null))
                .request().number();
    }
}
