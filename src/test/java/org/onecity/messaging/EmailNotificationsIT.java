package org.onecity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.Channel;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Emails through a real SMTP server (GreenMail): in the requester's language, from the outbox, with preferences. */
class EmailNotificationsIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWork work;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Test
    void confirmationStatusAndClosureArriveInSpanishWithWorkingLinks() throws Exception {
        String email = "vecina" + System.nanoTime() + "@example.com";
        String number = file(email, "es");
        assertThat(jdbc.sql("select count(*) from messaging.outbox where request_number = ?").param(number)
                .query(Integer.class).single()).as("written with the request").isEqualTo(1);
        sender.drain(10);
        work.changeStatus(new ChangeStatus(number, RequestStatus.IN_PROGRESS, null, "Vamos en camino", true, null,
                Actor.staff("dsny.staff")));
        work.changeStatus(new ChangeStatus(number, RequestStatus.CLOSED, ClosureOutcome.RESOLVED, "Limpio", true,
                "Calle limpia", Actor.staff("dsny.staff")));
        sender.drain(10);
        List<MimeMessage> mails = mailTo(email);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "Solicitud " + number + " recibida: Suciedad", "Novedad en la solicitud " + number
                        + ": Suciedad", "Solicitud " + number + " cerrada: Suciedad");
        String closed = (String) mails.get(2).getContent();
        assertThat(closed).contains("Calle limpia").contains("http://onecity.test/track/" + number)
                .contains("Díganos cómo lo hicimos")
                .as("the survey link is the requester's private link").containsPattern("/track/" + number + "\\?key=[A-Za-z0-9_-]{20,}");
        assertThat((String) mails.get(1).getContent()).contains("En curso — Vamos en camino").doesNotContain("in_progress");

        Matcher link = Pattern.compile("http://onecity.test(/notifications/\\S+)").matcher(closed);
        assertThat(link.find()).isTrue();
        WebSession web = new WebSession(port);
        assertThat(web.get(link.group(1)).statusCode()).isEqualTo(200);
        assertThat(web.get("/notifications/" + number + "?sig=forged").statusCode()).isEqualTo(404);
    }

    @Test
    void residentsChooseNotificationsAndUnsubscribe() throws Exception {
        String email = "choosy" + System.nanoTime() + "@example.com";
        String number = file(email, "en");
        WebSession web = new WebSession(port);
        String path = links.manageUrl(number).replace("http://onecity.test", "");
        web.get(path);
        String sig = path.substring(path.indexOf("sig=") + 4);
        web.post("/notifications/" + number + "?sig=" + sig, List.of(Map.entry("closure", "true")));
        work.changeStatus(new ChangeStatus(number, RequestStatus.IN_PROGRESS, null, null, false, null, Actor.staff("x")));
        web.post("/notifications/" + number + "/unsubscribe?sig=" + sig, List.of());
        work.changeStatus(new ChangeStatus(number, RequestStatus.CLOSED, ClosureOutcome.RESOLVED, null, false, "Done",
                Actor.staff("x")));
        sender.drain(10);
        assertThat(mailTo(email)).extracting(MimeMessage::getSubject).containsExactly(
                "Request " + number + " received: Dirty Condition");
    }

    @Autowired
    NotificationLinks links;

    private String file(String email, String language) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Basura", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")), new Requester("Ana", null, email, null, null, null),
                List.of(), List.of(), language, null, null, null)).request().number();
    }
}
