package org.onecity.sharing.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onecity.platform.Backoff;
import org.onecity.sharing.SharingSettings;
import org.onecity.sharing.WebhookSignature;
import org.onecity.sharing.members.Systems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the due deliveries on any number of nodes: claims a batch with FOR UPDATE SKIP LOCKED (never
 * a subject's event while an earlier one to the same destination is undelivered), sends each, and
 * records the outcome on the row: delivered, or another attempt after a growing pause, or dead
 * after {@code max-attempts}.
 */
@Service
public class OutboxDelivery {

    private static final String CLAIM = """
            select d.id, d.system_id, d.channel, d.subject, d.attempts, o.event_id::text as event_id, o.document,
                   s.webhook_url
            from sharing.delivery d join sharing.outbox o on o.id = d.outbox_id
            left join sharing.system s on s.id = d.system_id
            where d.status = 'pending' and d.next_attempt_at <= :now and (d.channel = 'webhook' or :kafka)
              and not exists (select 1 from sharing.delivery e where e.channel = d.channel and e.subject = d.subject
                  and e.system_id is not distinct from d.system_id and e.id < d.id and e.status <> 'delivered')
            order by d.id limit :limit for update of d skip locked""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Systems systems;
    private final SharingSettings settings;
    private final ObjectProvider<KafkaChannel> kafka;
    private final HttpClient http;
    private final java.time.Clock clock;

    OutboxDelivery(JdbcClient jdbc, PlatformTransactionManager transactions, Systems systems, SharingSettings settings,
                   ObjectProvider<KafkaChannel> kafka, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.systems = systems;
        this.settings = settings;
        this.kafka = kafka;
        this.http = HttpClient.newBuilder().connectTimeout(settings.outbox().timeout()).build();
    }

    record Due(long id, Long systemId, String channel, String subject, int attempts, String eventId, String document,
               String webhookUrl) {
    }

    /**
     * Delivers what is due at {@code now} (the job passes the clock's time), batch after batch while they succeed (a delivery may free a subject's next event); returns
     * the deliveries made. Signatures carry the clock's time.
     */
    public int deliverDue(Instant now) {
        int delivered = 0;
        int[] counts;
        do {
            counts = tx.execute(s -> batch(now));
            delivered += counts[1];
        } while (counts[1] > 0);
        return delivered;
    }

    private int[] batch(Instant now) {
        List<Due> due = jdbc.sql(CLAIM).param("now", Timestamp.from(now))
                .param("kafka", kafka.getIfAvailable() != null).param("limit", settings.outbox().batchSize())
                .query(Due.class).list();
        int ok = 0;
        for (Due d : due) {
            String error = send(d, now);
            if (error == null) {
                ok++;
                jdbc.sql("update sharing.delivery set status = 'delivered', attempts = attempts + 1, delivered_at = ?,"
                        + " last_error = null where id = ?").params(Timestamp.from(now), d.id()).update();
            } else {
                int attempts = d.attempts() + 1;
                boolean dead = attempts >= settings.outbox().maxAttempts();
                jdbc.sql("update sharing.delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?"
                                + " where id = ?")
                        .params(dead ? "dead" : "pending", attempts, Timestamp.from(now.plus(backoff(attempts))),
                                error.length() > 1000 ? error.substring(0, 1000) : error, d.id())
                        .update();
            }
        }
        return new int[] {due.size(), ok};
    }

    /** {@code onecity.sharing.outbox.backoff}, doubling up to {@code max-backoff}. */
    Duration backoff(int attempts) {
        return Backoff.doubling(settings.outbox().backoff(), settings.outbox().maxBackoff()).after(attempts);
    }

    private String send(Due d, Instant now) {
        try {
            if (d.channel().equals("kafka")) {
                KafkaChannel k = kafka.getIfAvailable();
                if (k == null) {
                    return "Kafka is not configured on this node";
                }
                k.send(d.subject(), d.eventId(), d.document());
                return null;
            }
            String secret = systems.webhookSecret(d.systemId()).orElse(null);
            if (secret == null || d.webhookUrl() == null) {
                return "the system has no webhook";
            }
            byte[] body = d.document().getBytes(StandardCharsets.UTF_8);
            long ts = clock.instant().getEpochSecond();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(d.webhookUrl()))
                    .timeout(settings.outbox().timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header(WebhookSignature.TIMESTAMP, String.valueOf(ts))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret, ts, body))
                    .header("X-OneCity-Event-Id", d.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Sends the event again to every destination, whatever became of it before. */
    public int redeliver(long outboxId, Instant now) {
        return jdbc.sql("""
                update sharing.delivery set status = 'pending', attempts = 0, next_attempt_at = ?, delivered_at = null,
                    last_error = null where outbox_id = ?""").params(Timestamp.from(now), outboxId).update();
    }
}
