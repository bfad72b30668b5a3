package org.onecity.requests;

import static org.onecity.requests.RequestRepository.ts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The updates the lifecycle makes to a locked request row. */
@Repository
class RequestChanges {

    private final JdbcClient jdbc;

    RequestChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void status(long id, RequestStatus to, ClosureOutcome outcome, Instant at, String statusNotes, String resolution) {
        jdbc.sql("""
                update requests.service_request set status = :status, outcome = :outcome,
                    closed_at = case when :status = 'closed' then cast(:at as timestamptz) else null end,
                    status_notes = coalesce(:notes, status_notes), resolution = coalesce(:resolution, resolution),
                    updated_at = :at, version = version + 1
                where id = :id""")
                .param("status", to.wire()).param("outcome", outcome == null ? null : outcome.wire())
                .param("at", ts(at)).param("notes", statusNotes).param("resolution", resolution).param("id", id)
                .update();
    }

    void reopen(long id, Instant at, Instant newDue, String reason) {
        jdbc.sql("""
                update requests.service_request set status = 'reopened', outcome = null, closed_at = null,
                    parent_id = null, expected_at = ?, escalation_level = 0, status_notes = ?, updated_at = ?,
                    version = version + 1
                where id = ?""")
                .params(ts(newDue), reason, ts(at), id).update();
    }

    void mergeInto(long childId, long parentId, Instant at, String notes) {
        jdbc.sql("""
                update requests.service_request set status = 'closed', outcome = 'duplicate', closed_at = ?,
                    parent_id = ?, status_notes = ?, updated_at = ?, version = version + 1
                where id = ?""")
                .params(ts(at), parentId, notes, ts(at), childId).update();
    }

    void agency(long id, String agency, Instant at) {
        jdbc.sql("update requests.service_request set agency_code = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(agency, ts(at), id).update();
    }

    void assignee(long id, String assignee, Instant at) {
        jdbc.sql("update requests.service_request set assigned_to = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(assignee, ts(at), id).update();
    }

    boolean escalationLevel(long id, int level, Instant at) {
        return jdbc.sql("""
                update requests.service_request set escalation_level = ?, updated_at = ?, version = version + 1
                where id = ? and escalation_level < ? and status <> 'closed'""")
                .params(level, ts(at), id, level).update() == 1;
    }

    void touch(long id, Instant at) {
        jdbc.sql("update requests.service_request set updated_at = ?, version = version + 1 where id = ?")
                .params(ts(at), id).update();
    }
}
