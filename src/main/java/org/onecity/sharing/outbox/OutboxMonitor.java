package org.onecity.sharing.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin sees of the outbox: every delivery not yet made, by destination (an agency
 * system's webhook, or Kafka), and redelivery of one of them.
 */
@Service
public class OutboxMonitor {

    private final JdbcClient jdbc;

    OutboxMonitor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A delivery not yet made. {@code state} is {@code pending} (not tried yet), {@code failing}
     * (tried, will be tried again at {@code nextAttemptAt}) or {@code dead} (gave up; redeliver by hand).
     */
    public record Waiting(long id, long outboxId, String eventId, String type, String subject, String system,
                          String agency, String webhookUrl, String channel, String state, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt) {

        /** The destination's name: the system's code, or {@code kafka}. */
        public String destination() {
            return system == null ? channel : system;
        }
    }

    /** Deliveries not yet made, grouped by destination, oldest first within each; at most {@code limit}. */
    public List<Waiting> waiting(int limit) {
        return jdbc.sql("""
                select d.id, d.outbox_id, o.event_id::text as event_id, o.type, o.subject, s.code, s.agency_code,
                       s.webhook_url, d.channel,
                       case when d.status = 'dead' then 'dead' when d.attempts > 0 then 'failing' else 'pending' end,
                       d.attempts, d.next_attempt_at, d.last_error, o.created_at
                from sharing.delivery d join sharing.outbox o on o.id = d.outbox_id
                left join sharing.system s on s.id = d.system_id
                where d.status <> 'delivered'
                order by d.channel desc, s.code nulls last, d.id limit ?""")
                .param(limit)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getInt(11), rs.getTimestamp(12).toInstant(), rs.getString(13),
                        rs.getTimestamp(14).toInstant()))
                .list();
    }

    /**
     * Sends one delivery again from the start (attempts back to 0, due now), whatever became of it;
     * false when there is no such delivery.
     */
    @Transactional
    public boolean redeliver(long deliveryId, Instant now) {
        return jdbc.sql("""
                update sharing.delivery set status = 'pending', attempts = 0, next_attempt_at = ?, delivered_at = null,
                    last_error = null where id = ?""").params(Timestamp.from(now), deliveryId).update() == 1;
    }
}
