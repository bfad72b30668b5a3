package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onecity.sharing.outbox.OutboxPruning;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pruning deletes events past the retention (30 days by default) once every delivery succeeded,
 * keeps anything pending, failing or dead, keeps recent events, and skips an event another
 * transaction holds (FOR UPDATE SKIP LOCKED) until it is free.
 */
class OutboxPruningIT extends IntegrationBase {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxPruning pruning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private long event(String label, Duration age, String deliveryStatus) {
        UUID id = outbox.append("org.onecity.test.pruning", label + "-" + UUID.randomUUID(), List.of("ZZPRUNE"),
                Map.of("label", label));
        long outboxId = jdbc.sql("select id from sharing.outbox where event_id = ?").param(id).query(Long.class).single();
        Timestamp at = Timestamp.from(Instant.now().minus(age));
        jdbc.sql("update sharing.outbox set created_at = ? where id = ?").params(at, outboxId).update();
        if (deliveryStatus != null) {
            jdbc.sql("""
                    insert into sharing.delivery (outbox_id, channel, subject, status, attempts, next_attempt_at, delivered_at)
                    values (?, 'kafka', 'pruning', ?, 1, ?, ?)""")
                    .params(outboxId, deliveryStatus, at, deliveryStatus.equals("delivered") ? at : null).update();
        }
        return outboxId;
    }

    private boolean exists(long outboxId) {
        return jdbc.sql("select count(*) from sharing.outbox where id = ?").param(outboxId).query(Integer.class).single() == 1;
    }

    @Test
    void onlyOldFullyDeliveredEventsArePrunedAndLockedOnesWait() throws Exception {
        Duration old = Duration.ofDays(31);
        long delivered = event("delivered", old, "delivered");
        long nowhere = event("no-destination", old, null);
        long pending = event("pending", old, "pending");
        long dead = event("dead", old, "dead");
        long recent = event("recent", Duration.ofDays(29), "delivered");
        long locked = event("locked", old, "delivered");

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("select id from sharing.outbox where id = ? for update")) {
                hold.setLong(1, locked);
                hold.executeQuery().close();
            }
            assertThat(pruning.prune(Instant.now())).isGreaterThanOrEqualTo(2);
            assertThat(exists(delivered)).isFalse();
            assertThat(exists(nowhere)).isFalse();
            assertThat(jdbc.sql("select count(*) from sharing.delivery where outbox_id = ?").param(delivered)
                    .query(Integer.class).single()).isZero();
            assertThat(exists(pending)).isTrue();
            assertThat(exists(dead)).isTrue();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(locked)).as("held by another transaction: skipped, not waited for").isTrue();
            other.rollback();
        }
        pruning.prune(Instant.now());
        assertThat(exists(locked)).isFalse();
        assertThat(exists(pending)).isTrue();
        assertThat(exists(recent)).isTrue();
        assertThat(pruning.prune(Instant.now().plus(Duration.ofDays(2)))).isGreaterThanOrEqualTo(1);
        assertThat(exists(recent)).isFalse();
    }
}
