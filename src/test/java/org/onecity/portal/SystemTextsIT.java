package org.onecity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.Channel;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestTexts;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.shared.Language;
import org.onecity.shared.LocalText;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.OldHistoryLines;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lines the system writes into a request's history, and the core's refusals, reach pages in the
 * page's language (English and Spanish); other portal languages show the English text marked
 * lang="en"; rows stored as English text before (no structured details) render translated too,
 * once the migration that keys old rows has read them (it is run again here after such a row is written).
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

    @Autowired
    RequestTexts texts;

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
        OldHistoryLines.key(jdbc);
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
        String closed = file();
        work.changeStatus(new ChangeStatus(closed, RequestStatus.CLOSED, ClosureOutcome.RESOLVED, "Done", true, "Swept",
                Actor.staff("dsny.staff")));
        String open = file();
        String child = file();
        String parent = file();
        coordination.merge(child, parent, Actor.staff("dsny.staff"));
        Actor staff = Actor.staff("dsny.staff");
        Map<String, ThrowingCallable> refusals = new LinkedHashMap<>();
        refusals.put("request " + closed + " cannot move from closed to assigned", () -> work.changeStatus(
                new ChangeStatus(closed, RequestStatus.ASSIGNED, null, null, false, null, staff)));
        refusals.put("close a duplicate by merging it into its parent", () -> work.changeStatus(new ChangeStatus(open,
                RequestStatus.CLOSED, ClosureOutcome.DUPLICATE, null, false, "x", staff)));
        refusals.put("a reason is required to reopen a request", () -> work.reopen(closed, " ", staff));
        refusals.put("only a closed request can be reopened", () -> work.reopen(open, "why", staff));
        refusals.put("the note is empty", () -> work.addNote(open, " ", false, staff));
        refusals.put("assignee is required (at most 100 characters)", () -> work.assign(open, " ", staff));
        refusals.put("request " + closed + " cannot be assigned while closed", () -> work.assign(closed, "ana", staff));
        refusals.put("no service request 311-0", () -> work.addNote("311-0", "x", false, staff));
        refusals.put("notes are plain text of at most 4000 characters", () -> work.addNote(open, "<b>x</b>", false, staff));
        refusals.put("a reason is required to re-route a request", () -> coordination.reroute(open, "DOT", " ", staff));
        refusals.put("no agency XYZ", () -> coordination.reroute(open, "XYZ", "x", staff));
        refusals.put("a closed request cannot be re-routed", () -> coordination.reroute(closed, "DOT", "x", staff));
        refusals.put("request " + open + " is already with DSNY", () -> coordination.reroute(open, "DSNY", "x", staff));
        refusals.put("a request cannot be merged into itself", () -> coordination.merge(open, open, staff));
        refusals.put(child + " is itself a duplicate of " + parent, () -> coordination.merge(open, child, staff));
        refusals.put(closed + " is closed and cannot be merged", () -> coordination.merge(closed, open, staff));
        refusals.put(parent + " has duplicates of its own; merge them first", () -> coordination.merge(parent, open, staff));
        refusals.forEach((english, call) -> {
            RequestRejected e = catchThrowableOfType(RequestRejected.class, call);
            assertThat(e).as(english).isNotNull();
            assertThat(e.getMessage()).as("API clients read the English sentence").isEqualTo(english);
            LocalText es = texts.refusal(e, Language.SPANISH);
            assertThat(es.parts()).as(english + " is known: said in Spanish").noneMatch(p -> "en".equals(p.lang()));
            assertThat(es.text()).as(english).isNotEqualTo(english).isNotEqualTo(texts.refusal(e, Language.ENGLISH).text());
        });
    }


    private String file() {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "x", null, null,
                "Broadway & W 4th St", null, null, Map.of("descriptor", List.of("trash")), Requester.ANONYMOUS,
                List.of(), List.of(), "en", null, null, null)).request().number();
    }
}
