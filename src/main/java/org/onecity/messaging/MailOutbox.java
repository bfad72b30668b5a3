package org.onecity.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onecity.platform.Backoff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of messaging.outbox: written with the request change, claimed by the sender with SKIP LOCKED. */
@Repository
class MailOutbox {

    static final int MAX_ATTEMPTS = 8;
    /** 1, 2, 4 … minutes, at most 1024 (ten doublings). */
    static final Backoff BACKOFF = Backoff.doubling(Duration.ofMinutes(1), Duration.ofMinutes(1024));

    record Mail(long id, String requestNumber, String kind, String recipient, String subject, String body,
                int attempts) {
    }

    private final JdbcClient jdbc;
    private final org.onecity.vault.PersonalData personal;

    MailOutbox(JdbcClient jdbc, org.onecity.vault.PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /** Queues a mail; the recipient's address is sealed. */
    void add(String number, String kind, String recipient, String subject, String body, Instant now) {
        long id = jdbc.sql("select nextval('messaging.outbox_id_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into messaging.outbox (id, request_number, kind, recipient, subject, body, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, kind, new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.BINARY,
                                personal.seal(MessagingSealing.OUTBOX.context("recipient", id), recipient)),
                        subject, body, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /** Locks due mails (the caller's transaction holds the locks); other nodes skip them. */
    List<Mail> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                select * from messaging.outbox where state = 'pending' and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Mail(rs.getLong("id"), rs.getString("request_number"), rs.getString("kind"),
                        personal.open(MessagingSealing.OUTBOX.context("recipient", rs.getLong("id")),
                                rs.getBytes("recipient")),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update messaging.outbox set state = 'sent', sent_at = ?, attempts = attempts + 1 where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** Backs off 1, 2, 4 … minutes; after {@link #MAX_ATTEMPTS} the mail is marked failed (kept, never deleted). */
    void failed(Mail m, String error, Instant now) {
        int attempts = m.attempts() + 1;
        jdbc.sql("""
                update messaging.outbox set attempts = ?, last_error = ?, next_attempt_at = ?,
                    state = case when ? >= ? then 'failed' else 'pending' end where id = ?""")
                .params(attempts, error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000)),
                        Timestamp.from(BACKOFF.retryAt(now, attempts)),
                        attempts, MAX_ATTEMPTS, m.id())
                .update();
    }

    long pending() {
        return jdbc.sql("select count(*) from messaging.outbox where state = 'pending'").query(Long.class).single();
    }
}
