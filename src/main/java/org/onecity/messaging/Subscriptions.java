package org.onecity.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which emails a request's requester wants: status updates, the closure, or nothing (unsubscribed). */
@Service
public class Subscriptions {

    public record Subscription(String requestNumber, String email, String language, boolean statusUpdates,
                               boolean closure, boolean unsubscribed) {

        public boolean wants(String kind) {
            return !unsubscribed && switch (kind) {
                case "status" -> statusUpdates;
                case "closed" -> closure;
                default -> true;
            };
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.onecity.vault.PersonalData personal;

    Subscriptions(JdbcClient jdbc, Clock clock, org.onecity.vault.PersonalData personal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.personal = personal;
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> of(String number) {
        return jdbc.sql("select * from messaging.subscription where request_number = ?").param(number)
                .query((rs, n) -> new Subscription(rs.getString("request_number"), personal.open(
                        MessagingSealing.SUBSCRIPTION.context("email", rs.getLong("id")), rs.getBytes("email")),
                        rs.getString("language"), rs.getBoolean("status_updates"), rs.getBoolean("closure"),
                        rs.getTimestamp("unsubscribed_at") != null))
                .optional();
    }

    /** Sets the choices; false when the request has no email subscription. Choosing anything resubscribes. */
    @Transactional
    public boolean choose(String number, boolean statusUpdates, boolean closure) {
        return jdbc.sql("""
                update messaging.subscription set status_updates = ?, closure = ?,
                    unsubscribed_at = case when ? or ? then null else coalesce(unsubscribed_at, ?) end
                where request_number = ?""")
                .params(statusUpdates, closure, statusUpdates, closure, Timestamp.from(clock.instant()), number)
                .update() == 1;
    }

    @Transactional
    public boolean unsubscribe(String number) {
        return jdbc.sql("""
                update messaging.subscription set unsubscribed_at = coalesce(unsubscribed_at, ?),
                    status_updates = false, closure = false where request_number = ?""")
                .params(Timestamp.from(clock.instant()), number).update() == 1;
    }

    void start(String number, String email, String language) {
        long id = jdbc.sql("select nextval('messaging.subscription_id_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into messaging.subscription (request_number, id, email, language, created_at)
                values (?, ?, ?, ?, ?) on conflict (request_number) do nothing""")
                .params(number, id, new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.BINARY,
                                personal.seal(MessagingSealing.SUBSCRIPTION.context("email", id), email)),
                        language, Timestamp.from(clock.instant())).update();
    }
}
