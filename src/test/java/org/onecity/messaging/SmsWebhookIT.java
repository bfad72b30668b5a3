package org.onecity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.requests.RequestQueries;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Filing and status lookup by text, end to end through the webhook over HTTP. */
class SmsWebhookIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestQueries queries;

    @Test
    void aResidentFilesByTextGuidedByRepliesAndGetsTheStatusByNumber() {
        String phone = "+1917" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String menu = text(phone, "There are rats in my building");
        assertThat(menu).contains("Reply with a number").contains("1 ");
        int rodent = line(menu, "Rodent");
        String question = text(phone, String.valueOf(rodent));
        assertThat(question).contains("What best describes the problem?").contains("1 ");
        assertThat(text(phone, "1")).contains("Where is it?");
        String filed = text(phone, "350 5th Ave, Manhattan");
        String number = filed.replaceAll("(?s).*(311-\\d+).*", "$1");
        assertThat(filed).as("the private link for the survey").containsPattern("/track/" + number + "\\?key=[A-Za-z0-9_-]{20,}");
        var request = queries.find(number).orElseThrow();
        assertThat(request.channel().wire()).isEqualTo("sms");
        assertThat(request.serviceCode()).isEqualTo("dohmh-rodent");
        assertThat(request.address()).isEqualTo("350 5th Ave, Manhattan");
        assertThat(queries.requester(number).orElseThrow().phone()).isEqualTo(phone);
        assertThat(text(phone, number)).contains("Request " + number).contains("Submitted");
        assertThat(text("+19175550000", "STATUS " + number.substring(4))).contains(number);
    }

    @Test
    void spanishTextsGetSpanishRepliesAndStopStartsOver() {
        String phone = "+1718" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        assertThat(text(phone, "hay ratas en la calle")).contains("Responda con un número");
        assertThat(text(phone, "ALTO")).contains("Cancelado");
        assertThat(text(phone, "qwertyuiop")).contains("did not understand");
    }

    @Test
    void theWebhookNeedsTheSharedSecret() {
        Http http = new Http(port);
        var denied = http.postForm("/sms/inbound", List.of(Map.entry("From", "+19175551234"), Map.entry("Body", "rats"),
                Map.entry("secret", "wrong")));
        assertThat(denied.statusCode()).isEqualTo(403);
        var header = http.postForm("/sms/inbound", List.of(Map.entry("From", "+19175551234"), Map.entry("Body", "311-1")),
                "X-OneCity-Sms-Secret", "demo-sms-secret");
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(header.body()).startsWith("<?xml").contains("<Response><Message>");
    }

    private String text(String phone, String body) {
        var r = new Http(port).postForm("/sms/inbound", List.of(Map.entry("From", phone), Map.entry("Body", body),
                Map.entry("secret", "demo-sms-secret")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll("(?s).*<Message>(.*)</Message>.*", "$1");
    }

    private static int line(String menu, String name) {
        for (String l : menu.split("\n")) {
            if (l.contains(name)) {
                return Integer.parseInt(l.split(" ")[0]);
            }
        }
        throw new AssertionError(name + " not offered in " + menu);
    }
}
