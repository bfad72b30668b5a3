package org.onecity.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecity.sla.SlaFixtures.escalations;
import static org.onecity.sla.SlaFixtures.levels;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onecity.catalog.Catalog;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestEvents.RequestClosed;
import org.onecity.requests.RequestEvents.RequestReopened;
import org.onecity.requests.RequestEvents.RequestSubmitted;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.ServiceRequest;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.MutableClock;
import org.onecity.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A clock that fails keeps its error without costing the others their work; replayed events change nothing. */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "onecity.demo=false")
class EscalationRecoveryIT extends IntegrationBase {

    @Autowired Catalog catalog;
    @Autowired RequestIntake intake;
    @Autowired RequestQueries queries;
    @Autowired Escalations escalations;
    @Autowired SlaClocks clocks;
    @Autowired SlaListeners listeners;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private ServiceRequest submit() {
        var agency = SlaFixtures.agency(catalog, 0, 24, 72);
        return intake.submit(SlaFixtures.request(SlaFixtures.service(catalog, agency, 24))).request();
    }

    @Test
    void aFailingClockKeepsItsAttemptsAndErrorAndTheOthersAreEscalated() {
        var agency = SlaFixtures.agency(catalog, 0, 24, 72);
        var before = intake.submit(SlaFixtures.request(SlaFixtures.service(catalog, agency, 24))).request();
        // a clock for a request that does not exist: escalating it fails (due first, so it is in the batch)
        String missing = "MISSING-" + SlaFixtures.unique();
        jdbc.sql("""
                insert into sla.clock (request_number, agency_code, due_at, next_level, next_escalation_at, updated_at)
                values (?, ?, ?, 1, ?, ?)""")
                .params(missing, agency.code(), ts(before.expectedAt().minusSeconds(60)),
                        ts(before.expectedAt().minusSeconds(60)), ts(clock.instant())).update();
        var after = intake.submit(SlaFixtures.request(SlaFixtures.service(catalog, agency, 24))).request();
        try {
            Instant now = clock.advance(Duration.ofHours(24 + 80));
            escalations.escalateOverdue();

            assertThat(levels(escalations(queries, before.number()))).containsExactly(1, 2, 3);
            assertThat(levels(escalations(queries, after.number()))).containsExactly(1, 2, 3);
            var failed = jdbc.sql("select attempts, last_error, level, next_escalation_at from sla.clock where request_number = ?")
                    .param(missing).query().singleRow();
            assertThat(failed.get("attempts")).isEqualTo(1);
            assertThat((String) failed.get("last_error")).contains(missing);
            assertThat(failed.get("level")).isEqualTo(0);
            assertThat(((Timestamp) failed.get("next_escalation_at")).toInstant())
                    .isEqualTo(now.plus(EscalationPolicy.RETRY.first()));

            clock.advance(Duration.ofMinutes(1));
            escalations.escalateOverdue();
            assertThat(jdbc.sql("select attempts from sla.clock where request_number = ?").param(missing)
                    .query(Integer.class).single()).isEqualTo(2);
        } finally {
            jdbc.sql("delete from sla.clock where request_number = ?").param(missing).update();
        }
    }

    @Test
    void replayedEventsChangeNothing() {
        var r = submit();
        var started = clocks.status(r.number()).orElseThrow();
        listeners.submitted(new RequestSubmitted(r.number(), r.serviceCode(), r.agencyCode(), r.channel(),
                r.requestedAt(), r.expectedAt().plus(Duration.ofDays(9)), r.districts().codes(), r.language(), false));
        assertThat(clocks.status(r.number())).contains(started);

        Instant closedAt = clock.instant();
        listeners.closed(new RequestClosed(r.number(), r.agencyCode(), ClosureOutcome.RESOLVED, closedAt, null));
        listeners.closed(new RequestClosed(r.number(), r.agencyCode(), ClosureOutcome.RESOLVED,
                closedAt.plusSeconds(99), null));
        assertThat(clocks.status(r.number()).orElseThrow().stoppedAt()).isEqualTo(closedAt);

        Instant due = clock.instant().plus(Duration.ofHours(24));
        var reopened = new RequestReopened(r.number(), r.agencyCode(), clock.instant(), due, "again");
        listeners.reopened(reopened);
        clock.advance(Duration.ofHours(24 + 30));
        escalations.escalateOverdue();
        var climbed = clocks.status(r.number()).orElseThrow();
        assertThat(climbed.level()).isEqualTo(2);
        listeners.reopened(reopened);
        assertThat(clocks.status(r.number())).contains(climbed);
    }

    @Test
    void theJobDoesNotWaitForARequestBeingChangedAndComesBackToItLater() throws Exception {
        var busy = submit();
        var other = submit();
        clock.advance(Duration.ofHours(25));
        try (Connection change = dataSource.getConnection()) {
            change.setAutoCommit(false);
            try (var lock = change.prepareStatement(
                    "select 1 from requests.service_request where number = ? for update")) {
                lock.setString(1, busy.number());
                lock.executeQuery().close();
            }
            try {
                CompletableFuture.supplyAsync(escalations::escalateOverdue).get(10, TimeUnit.SECONDS);
            } finally {
                change.rollback();
            }
        }
        assertThat(escalations(queries, busy.number())).isEmpty();
        assertThat(levels(escalations(queries, other.number()))).containsExactly(1);
        var failed = jdbc.sql("select attempts, last_error from sla.clock where request_number = ?")
                .param(busy.number()).query().singleRow();
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).contains("lock timeout");

        clock.advance(EscalationPolicy.RETRY.first());
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, busy.number()))).containsExactly(1);
        assertThat(jdbc.sql("select attempts from sla.clock where request_number = ?").param(busy.number())
                .query(Integer.class).single()).isZero();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
