package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.sharing.WebhookSignature.Verdict;
import org.onecity.sharing.outbox.OutboxDelivery;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Agency systems receive every event by signed webhook, in order per request, through failures. */
class OutboxWebhookIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;
    Http http;
    HttpServer receiver;
    final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    final List<Verdict> verdicts = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile WebhookSignature.Receiver verifier;

    @BeforeEach
    void start() throws Exception {
        http = new Http(port);
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            if (failuresLeft.getAndDecrement() > 0) {
                ex.sendResponseHeaders(503, -1);
                ex.close();
                return;
            }
            JsonNode event = Open311Schemas.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            var h = ex.getRequestHeaders();
            verdicts.add(verifier.check(h.getFirst(WebhookSignature.SIGNATURE), h.getFirst(WebhookSignature.TIMESTAMP),
                    event.path("id").asString(), body, Instant.now()));
            received.add(event);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private void deliverAll(Instant from, int rounds) {
        for (int i = 0; i < rounds; i++) {
            delivery.deliverDue(from.plus(Duration.ofHours(i)));
        }
    }

    @Test
    void aReceiverThatFailsForAWhileGetsEveryEventInOrderPerRequest() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
        var created = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"dsny-hook-" + suffix
                + "\",\"agency\":\"DSNY\",\"name\":\"DSNY back office\",\"scopes\":[\"events:receive\"],\"webhookUrl\":\""
                + url + "\"}", "admin", SharingFixtures.PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        verifier = new WebhookSignature.Receiver(Open311Schemas.parse(created.body()).path("webhookSecret").asString(),
                Duration.ofMinutes(5));

        failuresLeft.set(5);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String n = SharingFixtures.file(http, null, 40.6700 + i / 1000.0, -73.9400);
            numbers.add(n);
            assertThat(http.json("POST", "/api/staff/requests/" + n + "/status", "{\"status\":\"in_progress\"}",
                    "dsny.staff", SharingFixtures.PW).statusCode()).isEqualTo(200);
            assertThat(http.json("POST", "/api/staff/requests/" + n + "/status",
                    "{\"status\":\"closed\",\"outcome\":\"resolved\",\"resolution\":\"Cleaned\"}",
                    "dsny.staff", SharingFixtures.PW).statusCode()).isEqualTo(200);
        }
        deliverAll(Instant.now(), 40);

        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String n : numbers) {
            expected.put(n, jdbc.sql("select event_id::text from sharing.outbox where subject = ? order by id")
                    .param(n).query(String.class).list());
            assertThat(expected.get(n)).hasSizeGreaterThanOrEqualTo(3);
        }
        for (String n : numbers) {
            List<String> firstArrivals = new ArrayList<>(new LinkedHashSet<>(received.stream()
                    .filter(e -> e.path("subject").asString().equals(n)).map(e -> e.path("id").asString()).toList()));
            assertThat(firstArrivals).as("events of " + n + " in order, each at least once").isEqualTo(expected.get(n));
        }
        JsonNode first = received.stream().filter(e -> e.path("subject").asString().equals(numbers.get(0)))
                .findFirst().orElseThrow();
        assertThat(first.path("specversion").asString()).isEqualTo("1.0");
        assertThat(first.path("type").asString()).isEqualTo("org.onecity.request.submitted");
        assertThat(first.path("source").asString()).isEqualTo("/onecity");
        assertThat(first.path("data").path("agencyCode").asString()).isEqualTo("DSNY");
        assertThat(first.path("data").has("emailOnFile")).as("nothing about the requester goes out").isFalse();
        assertThat(verdicts).containsOnly(Verdict.ACCEPTED);
        long retried = jdbc.sql("""
                select count(*) from sharing.delivery d join sharing.system s on s.id = d.system_id
                where s.code = ? and d.attempts > 1 and d.status = 'delivered'""").param("dsny-hook-" + suffix)
                .query(Long.class).single();
        assertThat(retried).isPositive();
    }

    @Test
    void afterMaxAttemptsADeliveryIsDeadUntilRedelivered() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
        var created = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"dsny-dead-" + suffix
                + "\",\"agency\":\"DSNY\",\"name\":\"DSNY field app\",\"scopes\":[\"events:receive\"],\"webhookUrl\":\""
                + url + "\"}", "admin", SharingFixtures.PW);
        verifier = new WebhookSignature.Receiver(Open311Schemas.parse(created.body()).path("webhookSecret").asString(),
                Duration.ofMinutes(5));
        failuresLeft.set(1_000);
        String n = SharingFixtures.file(http, null, 40.6800, -73.9500);
        long outboxId = jdbc.sql("select id from sharing.outbox where subject = ? order by id limit 1").param(n)
                .query(Long.class).single();
        // an hour passes per round; deliveries other tests left failing in this shared database are
        // claimed first (oldest first, one batch per round while they fail), so allow enough rounds
        String status = "";
        Instant from = Instant.now();
        for (int round = 0; round < 120 && !status.startsWith("dead"); round++) {
            delivery.deliverDue(from.plus(Duration.ofHours(round)));
            status = jdbc.sql("""
                    select d.status || ':' || d.attempts from sharing.delivery d join sharing.system s on s.id = d.system_id
                    where s.code = ? and d.outbox_id = ?""").params("dsny-dead-" + suffix, outboxId)
                    .query(String.class).single();
        }
        assertThat(status).isEqualTo("dead:8");
        assertThat(http.json("GET", "/api/admin/outbox/dead", null, "admin", SharingFixtures.PW).body()).contains(n);

        failuresLeft.set(0);
        assertThat(http.json("POST", "/api/admin/outbox/" + outboxId + "/redeliver", null, "admin", SharingFixtures.PW)
                .statusCode()).isEqualTo(202);
        assertThat(http.json("POST", "/api/admin/outbox/" + outboxId + "/redeliver", null, "dsny.staff",
                SharingFixtures.PW).statusCode()).isEqualTo(403);
        deliverAll(Instant.now(), 2);
        assertThat(received.stream().map(e -> e.path("subject").asString())).contains(n);
    }

    @Test
    void theSampleReceiverRejectsForgedStaleAndReplayedDeliveries() {
        var r = new WebhookSignature.Receiver("s3cret", Duration.ofMinutes(5));
        byte[] body = "{\"id\":\"e1\"}".getBytes();
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        long ts = now.getEpochSecond();
        String good = WebhookSignature.sign("s3cret", ts, body);
        assertThat(r.check(good, String.valueOf(ts), "e1", body, now)).isEqualTo(Verdict.ACCEPTED);
        assertThat(r.check(good, String.valueOf(ts), "e1", body, now.plusSeconds(10))).isEqualTo(Verdict.REPLAYED);
        assertThat(r.check(WebhookSignature.sign("guess", ts, body), String.valueOf(ts), "e2", body, now))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(r.check(good, String.valueOf(ts + 1), "e2", body, now)).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(r.check(good, String.valueOf(ts), "e2", "{\"id\":\"e2\"}".getBytes(), now))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        long old = now.minusSeconds(600).getEpochSecond();
        assertThat(r.check(WebhookSignature.sign("s3cret", old, body), String.valueOf(old), "e3", body, now))
                .isEqualTo(Verdict.STALE);
    }
}
