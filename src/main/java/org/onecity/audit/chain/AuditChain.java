package org.onecity.audit.chain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.AuditVerification;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit. Appends are serialized across nodes by locking the single
 * chain-head row; the database refuses updates and deletes of entries (trigger).
 */
@Component
public class AuditChain {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditAnchors anchors;

    AuditChain(JdbcClient jdbc, Clock clock, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.anchors = anchors;
    }

    /** Appends the entry in the caller's transaction (or a new one) and returns its sequence number. */
    @Transactional
    public long append(AccessRecord r) {
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit.audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.seq() + 1;
        Instant at = AuditHash.stored(clock.instant());
        String hash = AuditHash.of(seq, at, r, head.hash());
        jdbc.sql("""
                insert into audit.audit_entry (seq, at, actor, actor_kind, system_code, agency_code, purpose, case_ref,
                    action, dataset, subject, fields, decision, reason, prev_hash, hash)
                values (:seq, :at, :actor, :kind, :system, :agency, :purpose, :caseRef, :action, :dataset, :subject,
                    :fields, :decision, :reason, :prev, :hash)""")
                .param("seq", seq).param("at", Timestamp.from(at)).param("actor", r.actor())
                .param("kind", r.actorKind()).param("system", r.system()).param("agency", r.agency())
                .param("purpose", r.purpose()).param("caseRef", r.caseRef()).param("action", r.action())
                .param("dataset", r.dataset()).param("subject", r.subject())
                .param("fields", r.fields().toArray(String[]::new)).param("decision", r.decision())
                .param("reason", r.reason()).param("prev", head.hash()).param("hash", hash).update();
        jdbc.sql("update audit.audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
        return seq;
    }

    /** Recomputes the chain from the first entry to the head, streaming the rows. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Walk w = new Walk();
        jdbc.sql("select * from audit.audit_entry order by seq").query((RowCallbackHandler) w::check);
        if (w.bad == null) {
            var head = jdbc.sql("select seq, hash from audit.audit_head where id = 1")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            if ((long) head[0] != w.expected - 1 || !head[1].equals(w.prev)) {
                w.fail(w.expected, "the chain ends at entry " + (w.expected - 1) + " but its head says " + head[0]
                        + ": entries were removed from the end");
            }
        }
        if (w.bad == null) {
            anchors.latest().ifPresent(a -> {
                var found = jdbc.sql("select hash from audit.audit_entry where seq = ?").param(a.seq())
                        .query(String.class).optional();
                if (found.isEmpty() || !found.get().equals(a.hash())) {
                    w.fail(a.seq(), "entry " + a.seq() + (found.isEmpty() ? " is missing" : " differs")
                            + " from the copy of the chain head kept outside the database (" + anchors.file()
                            + ", " + a.at() + "): the chain was rewritten");
                }
            });
        }
        return new AuditVerification(w.bad == null, w.count, w.bad, w.problem);
    }

    /** The state of one verification pass over the entries in sequence order. */
    private static final class Walk {
        long expected = 1;
        String prev = AuditHash.GENESIS;
        long count;
        Long bad;
        String problem;

        void check(ResultSet rs) throws SQLException {
            if (bad != null) {
                return;
            }
            long seq = rs.getLong("seq");
            count++;
            if (seq != expected) {
                fail(expected, "entry " + expected + " is missing (the next one is " + seq + ")");
            } else if (!prev.equals(rs.getString("prev_hash"))) {
                fail(seq, "entry " + seq + " does not follow the entry before it");
            } else if (!AuditHash.of(seq, rs.getTimestamp("at").toInstant(), record(rs), prev)
                    .equals(rs.getString("hash"))) {
                fail(seq, "entry " + seq + " was altered");
            }
            prev = rs.getString("hash");
            expected = seq + 1;
        }

        void fail(long seq, String why) {
            bad = seq;
            problem = why;
        }
    }

    static AccessRecord record(ResultSet rs) throws SQLException {
        Array fields = rs.getArray("fields");
        List<String> names = fields == null ? List.of() : Arrays.asList((String[]) fields.getArray());
        return new AccessRecord(rs.getString("actor"), rs.getString("actor_kind"), rs.getString("system_code"),
                rs.getString("agency_code"), rs.getString("purpose"), rs.getString("case_ref"),
                rs.getString("action"), rs.getString("dataset"), rs.getString("subject"), names,
                rs.getString("decision"), rs.getString("reason"));
    }
}
