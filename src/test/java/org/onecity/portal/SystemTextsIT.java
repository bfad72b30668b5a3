package org.onecity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lines the system writes into a request's history, and the core's refusals, reach pages in the
 * page's language (English and Spanish); other portal languages show the English text marked
 * lang="en"; rows stored as English text before (no structured details) render translated too.
 */
class SystemTextsIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestCoordination coordination;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.onecity.requests.RequestWork work;

    @Autowired
    Feedback feedback;

    @Test
    void historyLinesFollowThePageLanguage() {
        String n = file();
        coordination.escalate(n, 1, "supervisor", "District superintendent");
        WebSession resident = new WebSession(port);
        String en = resident.get("/track/" + n + "?lang=en").body();
        assertThat(en).contains("Request received by web");
        String es = resident.get("/track/" + n + "?lang=es").body();
        assertThat(es).contains("Solicitud recibida por la web").doesNotContain("Request received by");
        String zh = resident.get("/track/" + n + "?lang=zh").body();
        assertThat(zh).contains("<span lang=\"en\">Request received by web</span>")
                .as("the service name has no Chinese text: marked English")
                .containsPattern("<dd class=\"govuk-summary-list__value\" lang=\"en\">[^<]+</dd>");

        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        String detail = staff.get("/workspace/requests/" + n + "?lang=es").body();
        assertThat(detail).contains("Solicitud recibida por la web")
                .contains("Dirigida a Departamento de Sanidad")
                .contains("Vencida: escalada al nivel 1 (Superintendente del distrito)")
                .doesNotContain("Overdue: escalated");
    }

    @Test
    void referralsRenderTranslatedWhetherStoredWithDetailsOrAsOldEnglishRows() {
        String n = file();
        coordination.reroute(n, "DOT", "Road surface", Actor.staff("dsny.staff"));
        long id = jdbc.sql("select id from requests.service_request where number = ?").param(n).query(Long.class).single();
        jdbc.sql("""
                insert into requests.history (request_id, at, actor, actor_kind, kind, note, public, details)
                values (?, now(), 'dsny.staff', 'staff', 'note', 'Referred to Department of Sanitation', true, '{}'::jsonb)""")
                .param(id).update();
        String es = new WebSession(port).get("/track/" + n + "?lang=es").body();
        assertThat(es).contains("Remitida a Departamento de Transporte").contains("Remitida a Departamento de Sanidad")
                .doesNotContain("Referred to");
    }

    @Test
    void reopenAsksAndTheirDecisionReadInThePageLanguage() {
        String n = file();
        work.changeStatus(new org.onecity.requests.ChangeStatus(n, org.onecity.requests.RequestStatus.CLOSED,
                org.onecity.requests.ClosureOutcome.RESOLVED, "Done", true, "Swept", Actor.staff("dsny.staff")));
        feedback.askToReopen(n, "Sigue sucio");
        feedback.decide(feedback.reopenAsks(n).get(0).id(), true, "dsny.staff");
        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        String detail = staff.get("/workspace/requests/" + n + "?lang=es").body();
        assertThat(detail).contains("El residente pidió reabrirla: Sigue sucio")
                .contains("Reabierta a pedido del residente: Sigue sucio").doesNotContain("at the resident");
        assertThat(new WebSession(port).get("/track/" + n + "?lang=en").body())
                .contains("Reopened at the resident&#39;s request: Sigue sucio");
    }

    @Test
    void refusalsOnTheStaffPagesAreInThePageLanguage() {
        String n = file();
        WebSession staff = new WebSession(port).acceptLanguage("es");
        staff.login("dsny.staff", "demo1234");
        staff.get("/workspace/requests/" + n);
        staff.post("/workspace/requests/" + n + "/merge", List.of(Map.entry("parent", n)));
        String page = staff.get("/workspace/requests/" + n).body();
        assertThat(page).contains("Una solicitud no se puede unir a sí misma.").doesNotContain("merged into itself");
        staff.post("/workspace/requests/" + n + "/reroute", List.of(Map.entry("agency", "DSNY"), Map.entry("reason", "x")));
        page = staff.get("/workspace/requests/" + n).body();
        assertThat(page).contains("La solicitud " + n + " ya está en DSNY.");
        staff.post("/workspace/requests/" + n + "/status", List.of(Map.entry("status", "submitted")));
        page = staff.get("/workspace/requests/" + n).body();
        assertThat(page).contains("no puede pasar de Recibida a Recibida").as(page);
    }

    @Test
    void everyRefusalTheRequestFacadesRaiseIsKnown() {
        for (String m : List.of("request 311-1 cannot move from closed to assigned",
                "close a duplicate by merging it into its parent", "a reason is required to reopen a request",
                "only a closed request can be reopened", "the note is empty", "assignee is required (at most 100 characters)",
                "request 311-1 cannot be assigned while closed", "no service request 311-9",
                "notes are plain text of at most 4000 characters", "a reason is required to re-route a request",
                "no agency XYZ", "a closed request cannot be re-routed", "request 311-1 is already with DSNY",
                "a request cannot be merged into itself", "311-1 is itself a duplicate of 311-2",
                "311-1 is closed and cannot be merged", "311-1 has duplicates of its own; merge them first")) {
            assertThat(RefusalTexts.knows(m)).as(m).isTrue();
        }
    }

    private String file() {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "x", null, null,
                "Broadway & W 4th St", null, null, Map.of("descriptor", List.of("trash")), Requester.ANONYMOUS,
                List.of(), List.of(), "en", null, null, null)).request().number();
    }
}
