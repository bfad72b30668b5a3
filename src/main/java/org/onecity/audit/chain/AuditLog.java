package org.onecity.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.onecity.audit.AuditEntry;
import org.onecity.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the audit back: the newest entries matching a search, and every access to one subject. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest entries (highest sequence first) matching the query, at most {@code limit}. */
    public List<AuditEntry> search(AuditQuery q, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit.audit_entry where true");
        List<Object> params = new ArrayList<>();
        like(sql, params, "actor", q.actor());
        if (present(q.agency())) {
            sql.append(" and agency_code = ?");
            params.add(q.agency().strip());
        }
        like(sql, params, "purpose", q.purpose());
        if (present(q.caseRef())) {
            sql.append(" and (case_ref ilike ? escape '\\' or subject ilike ? escape '\\')");
            params.add(pattern(q.caseRef()));
            params.add(pattern(q.caseRef()));
        }
        if (present(q.field())) {
            sql.append(" and ? = any(fields)");
            params.add(q.field().strip());
        }
        if (present(q.decision())) {
            sql.append(" and decision = ?");
            params.add(q.decision().strip());
        }
        sql.append(" order by seq desc limit ?");
        params.add(Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs)).list();
    }

    /** Every entry about one subject of a dataset, oldest first (the subject index). */
    public List<AuditEntry> about(String dataset, String subject) {
        return jdbc.sql("select * from audit.audit_entry where dataset = ? and subject = ? order by seq")
                .params(dataset, subject).query((rs, n) -> entry(rs)).list();
    }

    /** A page of the entries about any of the subjects in any of the datasets, newest first (the subject index). */
    public List<AuditEntry> about(java.util.Collection<String> datasets, java.util.Collection<String> subjects,
                                  int offset, int limit) {
        return jdbc.sql("""
                select * from audit.audit_entry where dataset = any(?) and subject = any(?)
                order by seq desc offset ? limit ?""")
                .params(datasets.toArray(String[]::new), subjects.toArray(String[]::new), Math.max(0, offset),
                        Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> entry(rs)).list();
    }

    public long count(java.util.Collection<String> datasets, java.util.Collection<String> subjects) {
        return jdbc.sql("select count(*) from audit.audit_entry where dataset = any(?) and subject = any(?)")
                .params(datasets.toArray(String[]::new), subjects.toArray(String[]::new)).query(Long.class).single();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), AuditChain.record(rs));
    }

    private static void like(StringBuilder sql, List<Object> params, String column, String value) {
        if (present(value)) {
            sql.append(" and ").append(column).append(" ilike ? escape '\\'");
            params.add(pattern(value));
        }
    }

    private static String pattern(String value) {
        return "%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
