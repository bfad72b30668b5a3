package org.onecity.sharing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.sharing.outbox.OutboxDelivery;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox page over real HTTP with a real webhook receiver: a delivery shows as pending, then
 * failing with its error, then dead-lettered; "Redeliver" sends it again once the receiver recovers.
 */
class OutboxPagesIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;
    HttpServer receiver;
    final AtomicInteger status = new AtomicInteger(500);
    final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int s = status.get();
            if (s / 100 == 2) {
                received.add(body);
            }
            ex.sendResponseHeaders(s, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aDeadLetterIsRedeliveredFromThePage() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = "dsny-hook-" + suffix;
        WebSession admin = new WebSession(port);
        admin.login("admin", SharingFixtures.PW);
        admin.get("/admin/sharing/systems");
        var created = admin.post("/admin/sharing/systems", List.of(entry("code", code), entry("agency", "DSNY"),
                entry("name", "Hook " + suffix), entry("scopes", AgencySystem.RECEIVE_EVENTS),
                entry("webhookUrl", "http://localhost:" + receiver.getAddress().getPort() + "/hook"),
                entry("eventTypes", "org.onecity.request.submitted")));
        assertThat(created.body()).contains("id=\"issued-secret\"");

        String number = SharingFixtures.file(new Http(port), Person.unique(), 40.6654, -73.9354);
        long id = jdbc.sql("""
                select d.id from sharing.delivery d join sharing.system s on s.id = d.system_id
                join sharing.outbox o on o.id = d.outbox_id where s.code = ? and o.subject = ?""")
                .params(code, number).query(Long.class).single();
        String row = "id=\"delivery-" + id + "\"";
        String page = admin.get("/admin/outbox").body();
        assertThat(page).contains("id=\"destination-" + code + "\"", row, number);
        assertThat(cell(page, row)).contains("Pending");

        delivery.deliverDue(Instant.now());
        assertThat(cell(admin.get("/admin/outbox").body(), row)).contains("Failing", "HTTP 500");
        for (int hour = 1; hour <= 8; hour++) {
            delivery.deliverDue(Instant.now().plus(Duration.ofHours(hour)));
        }
        assertThat(state(id)).isEqualTo("dead");
        page = admin.get("/admin/outbox").body();
        assertThat(cell(page, row)).contains("Dead letter", "HTTP 500");
        assertThat(received).isEmpty();

        status.set(204);
        var redeliver = admin.post("/admin/outbox/deliveries/" + id + "/redeliver", List.of());
        assertThat(WebSession.location(redeliver)).endsWith("/admin/outbox?redelivered=" + id);
        page = admin.get("/admin/outbox?redelivered=" + id).body();
        assertThat(page).contains("Delivery " + id + " will be sent again now");
        assertThat(cell(page, row)).contains("Pending");
        delivery.deliverDue(Instant.now().plusSeconds(1));
        assertThat(state(id)).isEqualTo("delivered");
        assertThat(received).anyMatch(b -> b.contains("\"subject\":\"" + number + "\""));
        assertThat(admin.get("/admin/outbox").body()).doesNotContain(row);

        assertThat(WebSession.location(admin.post("/admin/outbox/deliveries/999999999/redeliver", List.of())))
                .endsWith("missing=999999999");
        WebSession staff = new WebSession(port);
        staff.login("dsny.supervisor", SharingFixtures.PW);
        assertThat(staff.get("/admin/outbox").statusCode()).isEqualTo(403);
    }

    private String state(long id) {
        return jdbc.sql("select status from sharing.delivery where id = ?").param(id).query(String.class).single();
    }

    /** The table row of one delivery. */
    private static String cell(String page, String rowId) {
        int start = page.indexOf(rowId);
        assertThat(start).as(rowId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
