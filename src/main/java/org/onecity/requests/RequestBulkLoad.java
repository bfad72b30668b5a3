package org.onecity.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk API of the requests module for importers: set-based insert and update of requests that
 * come from another system, keyed by (source, source key). The caller {@link #stage}s its {@link StagedRow}s
 * (binary COPY into the session's staging table {@link #STAGE}, emptied at commit), may set rows aside there
 * (at most one row per source key may stay), and {@link #load}s them. Runs in the caller's transaction.
 *
 * <p>A new key inserts a request with a public 'submitted' history entry at its creation time and,
 * unless it is still submitted, a 'status_changed' entry; a known key whose data differs is updated
 * (the source is the system of record for what it sent) with one 'status_changed' entry. A status
 * the lifecycle does not allow from the current one is kept as it is, except that a closed request
 * the source shows open again becomes 'reopened'. Bulk loads publish no per-request events: SLA
 * clocks do not start for history.
 */
@Service
public class RequestBulkLoad {

    /** The session's staging table: {@link #stage} fills it, {@link #load} reads it; it empties at commit. */
    public static final String STAGE = StageCopy.TABLE;

    private static final Pattern RELATION = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean superuser;

    RequestBulkLoad(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Copies the rows into {@link #STAGE} (created when the session has none) on the transaction's connection. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stage(List<StagedRow> rows) {
        jdbc.sql(StageCopy.CREATE).update();
        StageCopy.Encoded staged = StageCopy.encode(rows);
        try {
            DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI().copyIn(StageCopy.COPY,
                    new ByteArrayInputStream(staged.bytes(), 0, staged.length()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Staging " + rows.size() + " rows failed: " + e.getMessage(), e);
        }
    }

    /** What a load did; {@code conflicts} are staged rows that could not be written (their number is taken). */
    public record Result(long inserted, long updated, long unchanged, List<Conflict> conflicts) {
    }

    public record Conflict(long line, String sourceKey, String reason) {
    }

    /**
     * The insert statement writes requests and, from its RETURNING ids, their history: every foreign key
     * it writes holds by construction (the parents are null). Where the database user may (a superuser,
     * as with the embedded PostgreSQL), the statement runs with {@code session_replication_role = replica},
     * which skips the per-row foreign-key triggers (two per request, one per history row: ~15 % of the
     * load's database CPU) and nothing else: checks, unique keys and NOT NULL still hold, and no other
     * trigger fires on insert into these tables. The update statement always runs with every trigger.
     */
    private boolean mayDeferForeignKeyChecks() {
        Boolean known = superuser;
        if (known == null) {
            known = jdbc.sql("select current_setting('is_superuser') = 'on'").query(Boolean.class).single();
            superuser = known;
        }
        return known;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result load(String source, String stagingRelation) {
        if (!RELATION.matcher(stagingRelation).matches()) {
            throw new IllegalArgumentException("Not a relation name: " + stagingRelation);
        }
        String actor = "import:" + source;
        long staged = jdbc.sql("select count(*) from " + stagingRelation).query(Long.class).single();
        boolean skipChecks = mayDeferForeignKeyChecks();
        if (skipChecks) {
            jdbc.sql("set local session_replication_role = replica").update();
        }
        long inserted = jdbc.sql(BulkSql.insert(stagingRelation, StageCopy.FIELDS)).param("source", source)
                .param("actor", actor).param("sourceJson", RequestRows.json(source)).query(Long.class).single();
        if (skipChecks) {
            jdbc.sql("set local session_replication_role = origin").update();
        }
        long updated = 0;
        if (inserted < staged) {
            // Keys that were there before: update those whose data differ (a row just inserted equals its staged row).
            updated = jdbc.sql(BulkSql.update(stagingRelation, StageCopy.FIELDS)).param("source", source).param("actor", actor)
                    .query(Long.class).single();
        }
        List<Conflict> conflicts = List.of();
        if (inserted + updated < staged) {
            conflicts = jdbc.sql("select s.line, s.source_key from " + stagingRelation + " s where not exists ("
                            + "select 1 from requests.service_request r where r.source = :source and r.source_key = s.source_key)")
                    .param("source", source)
                    .query((rs, n) -> new Conflict(rs.getLong(1), rs.getString(2),
                            "request number already used by another request")).list();
        }
        return new Result(inserted, updated, staged - inserted - updated - conflicts.size(), conflicts);
    }
}
