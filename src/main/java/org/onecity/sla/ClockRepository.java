package org.onecity.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.sla.EscalationPolicy.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** sla.clock: one row per request. Every write is safe to replay. */
@Repository
class ClockRepository {

    private final JdbcClient jdbc;

    ClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a request's clock; a replay (or a second start) changes nothing. */
    void start(String number, String agency, String service, Instant due, Optional<Step> next, Instant now) {
        jdbc.sql("""
                insert into sla.clock (request_number, agency_code, service_code, due_at, level, next_level,
                    next_escalation_at, updated_at)
                values (:number, :agency, :service, :due, 0, :nextLevel, :nextAt, :now)
                on conflict (request_number) do nothing""")
                .param("number", number).param("agency", agency).param("service", service).param("due", ts(due))
                .param("nextLevel", next.map(s -> s.level().level()).orElse(null))
                .param("nextAt", ts(next.map(Step::at).orElse(null))).param("now", ts(now)).update();
    }

    void stop(String number, Instant at, Instant now) {
        jdbc.sql("""
                update sla.clock set stopped_at = :at, next_level = null, next_escalation_at = null, updated_at = :now
                where request_number = :number and stopped_at is null""")
                .param("at", ts(at)).param("now", ts(now)).param("number", number).update();
    }

    /**
     * Runs a reopened request's clock again from level 0 with its new due date. A replay finds the
     * clock running with that due date and leaves it alone.
     */
    void restart(String number, String agency, Instant due, Optional<Step> next, Instant now) {
        jdbc.sql("""
                insert into sla.clock (request_number, agency_code, due_at, level, next_level, next_escalation_at,
                    updated_at)
                values (:number, :agency, :due, 0, :nextLevel, :nextAt, :now)
                on conflict (request_number) do update set agency_code = excluded.agency_code,
                    due_at = excluded.due_at, level = 0, next_level = excluded.next_level,
                    next_escalation_at = excluded.next_escalation_at, stopped_at = null, attempts = 0,
                    last_error = null, updated_at = excluded.updated_at
                where sla.clock.stopped_at is not null or sla.clock.due_at <> excluded.due_at""")
                .param("number", number).param("agency", agency).param("due", ts(due))
                .param("nextLevel", next.map(s -> s.level().level()).orElse(null))
                .param("nextAt", ts(next.map(Step::at).orElse(null))).param("now", ts(now)).update();
    }

    Optional<ClockRow> lock(String number) {
        return jdbc.sql("select * from sla.clock where request_number = ? for update")
                .param(number).query(ClockRow::map).optional();
    }

    Optional<ClockRow> find(String number) {
        return jdbc.sql("select * from sla.clock where request_number = ?").param(number).query(ClockRow::map).optional();
    }

    /** The agency's open requests past their due date, the longest overdue first. */
    List<ClockRow> overdue(String agency, Instant now, int limit) {
        return jdbc.sql("""
                select * from sla.clock where agency_code = ? and stopped_at is null and due_at < ?
                order by due_at, request_number limit ?""")
                .params(agency, ts(now), limit).query(ClockRow::map).list();
    }

    /** Moves the clock to another agency's chain; the level and the due date stay. */
    void switchAgency(String number, String agency, Optional<Step> next, Instant now) {
        jdbc.sql("""
                update sla.clock set agency_code = :agency, next_level = :nextLevel, next_escalation_at = :nextAt,
                    updated_at = :now
                where request_number = :number""")
                .param("agency", agency).param("nextLevel", next.map(s -> s.level().level()).orElse(null))
                .param("nextAt", ts(next.map(Step::at).orElse(null))).param("now", ts(now))
                .param("number", number).update();
    }

    /**
     * Claims running clocks whose next level is due, locking them for this transaction; clocks
     * another node has claimed are skipped, not waited for.
     */
    List<ClockRow> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                select * from sla.clock where stopped_at is null and next_escalation_at <= ?
                order by next_escalation_at limit ? for update skip locked""")
                .params(ts(now), limit).query(ClockRow::map).list();
    }

    /**
     * Keeps the job from waiting on a request row. The job locks a clock, then its request; a
     * change to the request locks them the other way round (its listener moves the clock). A lock
     * timeout far below PostgreSQL's deadlock_timeout (1 s by default) makes the job give way in
     * almost every such race: its clock fails, is tried again a minute later, and the resident's or
     * agent's change goes through. It narrows the window, it does not close it: a change that
     * has waited for this clock for between 0.9 and 1 s when the job reaches its request can
     * still be the deadlock victim.
     */
    void yieldToRequestChanges() {
        jdbc.sql("set local lock_timeout = '100ms'").update();
    }

    void advance(String number, int level, Optional<Step> next, Instant now) {
        jdbc.sql("""
                update sla.clock set level = :level, next_level = :nextLevel, next_escalation_at = :nextAt,
                    attempts = 0, last_error = null, updated_at = :now
                where request_number = :number""")
                .param("level", level).param("nextLevel", next.map(s -> s.level().level()).orElse(null))
                .param("nextAt", ts(next.map(Step::at).orElse(null))).param("now", ts(now))
                .param("number", number).update();
    }

    void failed(String number, String error, Instant retryAt, Instant now) {
        jdbc.sql("""
                update sla.clock set attempts = attempts + 1, last_error = left(?, 2000), next_escalation_at = ?,
                    updated_at = ?
                where request_number = ? and next_escalation_at is not null""")
                .params(error, ts(retryAt), ts(now), number).update();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
