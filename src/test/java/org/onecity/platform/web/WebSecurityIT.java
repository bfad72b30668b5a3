package org.onecity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form login, throttling, CSRF, session fixation, secure headers and agency scoping on the staff pages. */
class WebSecurityIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Test
    void staffSignInWithAFormAndTheSessionIdChanges() {
        WebSession web = new WebSession(port);
        web.get("/login");
        String before = session(web);
        var in = web.post("/login", List.of(Map.entry("username", "dsny.staff"), Map.entry("password", "demo1234")));
        assertThat(WebSession.location(in)).endsWith("/staff");
        assertThat(session(web)).isNotEqualTo(before);
        assertThat(WebSession.location(web.get("/staff"))).endsWith("/workspace");
        assertThat(web.get("/workspace").statusCode()).isEqualTo(200);
        assertThat(web.get("/agent").statusCode()).as("staff are not agents").isEqualTo(403);
        assertThat(web.get("/admin").statusCode()).isEqualTo(403);
        assertThat(web.get("/workspace/supervisor").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginAndPublicPagesCarrySecureHeaders() {
        WebSession web = new WebSession(port);
        assertThat(WebSession.location(web.get("/workspace"))).endsWith("/login");
        assertThat(WebSession.location(web.get("/agent"))).endsWith("/login");
        var home = web.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.body()).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" onclick=");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Http http = new Http(port);
        var noToken = http.postForm("/login", List.of(Map.entry("username", "dsny.staff"), Map.entry("password", "demo1234")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        var survey = http.postForm("/track/311-1000001/survey", List.of(Map.entry("rating", "5")));
        assertThat(survey.statusCode()).isEqualTo(403);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = "nobody" + ThreadLocalRandom.current().nextInt(1_000_000);
        WebSession web = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            assertThat(WebSession.location(web.login(user, "wrong" + i))).endsWith("/login?error");
        }
        assertThat(WebSession.location(web.login(user, "wrong"))).endsWith("/login?locked");
        assertThat(WebSession.location(web.login(user, "anything"))).endsWith("/login?locked");
        assertThat(web.get("/login?locked").body()).contains("locked for 15 minutes");
        WebSession other = new WebSession(port);
        assertThat(WebSession.location(other.login("dot.staff", "demo1234"))).endsWith("/staff");
    }

    @Test
    void staffOfAnotherAgencyCannotReadOrChangeARequestByUrl() {
        String number = dsnyRequest();
        WebSession nypd = new WebSession(port);
        nypd.login("nypd.staff", "demo1234");
        assertThat(nypd.get("/workspace/requests/" + number).statusCode()).isEqualTo(404);
        nypd.get("/workspace");
        assertThat(nypd.post("/workspace/requests/" + number + "/note",
                List.of(Map.entry("note", "peek"), Map.entry("publicNote", "false"))).statusCode()).isEqualTo(404);
        assertThat(nypd.post("/workspace/bulk", List.of(Map.entry("numbers", number), Map.entry("action", "assign_me")))
                .statusCode()).isEqualTo(404);
        assertThat(queries.history(number, false)).noneMatch(h -> "peek".equals(h.note()));
        assertThat(new Http(port).json("GET", "/api/staff/requests/" + number, null, "nypd.staff", "demo1234")
                .statusCode()).isEqualTo(403);

        WebSession dsny = new WebSession(port);
        dsny.login("dsny.staff", "demo1234");
        var page = dsny.get("/workspace/requests/" + number);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("scope.it@example.com");
    }

    private String dsnyRequest() {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Trash", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")),
                new Requester("Sc", "Ope", "scope.it@example.com", null, null, null), List.of(), List.of(), "en",
                null, null, null)).request().number();
    }

    private static String session(WebSession web) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
