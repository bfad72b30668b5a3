package org.onecity.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** One row of sla.clock as read. */
record ClockRow(String number, String agencyCode, String serviceCode, Instant dueAt, int level, Integer nextLevel,
                Instant nextEscalationAt, Instant stoppedAt, int attempts, String lastError) {

    static ClockRow map(ResultSet rs, int n) throws SQLException {
        return new ClockRow(rs.getString("request_number"), rs.getString("agency_code"),
                rs.getString("service_code"), instant(rs, "due_at"), rs.getInt("level"),
                rs.getObject("next_level", Integer.class), instant(rs, "next_escalation_at"),
                instant(rs, "stopped_at"), rs.getInt("attempts"), rs.getString("last_error"));
    }

    SlaStatus status(Instant now) {
        return new SlaStatus(number, agencyCode, serviceCode, dueAt, level, nextLevel, nextEscalationAt, stoppedAt,
                stoppedAt == null && dueAt.isBefore(now));
    }

    boolean running() {
        return stoppedAt == null;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
