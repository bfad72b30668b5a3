package org.onecity.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** imports.import_run and imports.import_issue. */
@Repository
class ImportRuns {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final Duration stallAfter;

    ImportRuns(JdbcClient jdbc, JdbcTemplate template, Clock clock,
               @Value("${onecity.imports.stall-after:PT2M}") Duration stallAfter) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.stallAfter = stallAfter;
    }

    /**
     * An unfinished run of the same file, mapping and source, to resume; taken over (attempts + 1) and
     * set to {@code status} ('running', or 'queued' for a background run).
     */
    Optional<ImportSummary> resume(String source, String mapping, String fingerprint, String filePath, String status,
                                   Instant now) {
        return jdbc.sql("""
                update imports.import_run set status = :status, attempts = attempts + 1, updated_at = :now, heartbeat_at = :now, error = null,
                    finished_at = null, cancel_requested = false, file_path = coalesce(:path, file_path)
                where id = (select id from imports.import_run where source = :source and mapping = :mapping
                              and fingerprint = :fp and status <> 'done' order by id desc limit 1 for update)
                returning *""")
                .param("status", status).param("now", Timestamp.from(now)).param("path", filePath)
                .param("source", source).param("mapping", mapping).param("fp", fingerprint)
                .query(this::map).optional();
    }

    ImportSummary start(String source, String mapping, String fileName, String fingerprint, long totalBytes,
                        String filePath, String status, Instant now) {
        return jdbc.sql("""
                insert into imports.import_run (source, mapping, file_name, fingerprint, status, started_at, updated_at,
                    heartbeat_at, total_bytes, file_path)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *""")
                .params(source, mapping, fileName, fingerprint, status, Timestamp.from(now), Timestamp.from(now),
                        Timestamp.from(now), totalBytes, filePath)
                .query(this::map).single();
    }

    /** The chunks the run has committed, as {first line, last line} (inclusive), in line order. */
    List<long[]> committedChunks(long id) {
        return jdbc.sql("select first_line, last_line from imports.run_chunk where run_id = ? order by first_line")
                .param(id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /**
     * Records a committed chunk and adds its counts, in the chunk's transaction; fails when the run was
     * taken over by another attempt (its attempt number changed) or is no longer running.
     */
    void advance(long id, int attempt, long firstLine, long lastLine, long bytesRead, ChunkCounts c, Instant now) {
        jdbc.sql("insert into imports.run_chunk (run_id, first_line, last_line) values (?, ?, ?)")
                .params(id, firstLine, lastLine).update();
        int n = jdbc.sql("""
                update imports.import_run set committed_line = greatest(committed_line, ?),
                    bytes_read = greatest(bytes_read, ?), rows_read = rows_read + ?,
                    imported = imported + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?,
                    repaired = repaired + ?, updated_at = ?
                where id = ? and attempts = ? and status = 'running'""")
                .params(lastLine, bytesRead, c.read(), c.imported(), c.updated(), c.unchanged(), c.rejected(),
                        c.repaired(), Timestamp.from(now), id, attempt)
                .update();
        if (n != 1) {
            throw new IllegalStateException("Import run " + id + " was taken over by another process");
        }
    }

    /** A queued run starts on a free import thread; false when it was cancelled (or taken) meanwhile. */
    boolean claim(long id, Instant now) {
        return jdbc.sql("update imports.import_run set status = 'running', updated_at = ?, heartbeat_at = ? "
                + "where id = ? and status = 'queued'")
                .params(Timestamp.from(now), Timestamp.from(now), id).update() == 1;
    }

    /** Records that this node is still executing these runs. */
    void heartbeat(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update imports.import_run set heartbeat_at = ? where id = any(?) and status = 'running'")
                    .params(Timestamp.from(now), ids.toArray(Long[]::new)).update();
        }
    }

    /**
     * Cancels a queued run at once, and a stalled one (its node stopped: no heartbeat for
     * {@code stall-after}); asks a running one to stop at its next chunk boundary.
     */
    Optional<ImportSummary> cancel(long id, Instant now) {
        jdbc.sql("""
                update imports.import_run set status = 'cancelled', finished_at = :now, updated_at = :now,
                    error = case when status = 'running' then 'stalled: its node stopped (last sign of life '
                        || to_char(heartbeat_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC)' end
                where id = :id and (status = 'queued'
                    or status = 'running' and coalesce(heartbeat_at, updated_at) < :cutoff)""")
                .param("now", Timestamp.from(now)).param("cutoff", Timestamp.from(now.minus(stallAfter)))
                .param("id", id).update();
        jdbc.sql("update imports.import_run set cancel_requested = true where id = ? and status = 'running'")
                .param(id).update();
        return find(id);
    }

    boolean cancelRequested(long id) {
        return jdbc.sql("select cancel_requested from imports.import_run where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A failed or cancelled run queued again (attempts + 1); empty when the run is in another state. */
    Optional<ImportSummary> requeue(long id, Instant now) {
        return jdbc.sql("""
                update imports.import_run set status = 'queued', attempts = attempts + 1, error = null, finished_at = null,
                    cancel_requested = false, updated_at = ?
                where id = ? and status in ('failed', 'cancelled') returning *""")
                .params(Timestamp.from(now), id).query(this::map).optional();
    }

    void issues(long runId, List<ImportIssue> issues) {
        template.batchUpdate("insert into imports.import_issue (run_id, line, source_key, outcome, reasons) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", issues, 1000, (ps, i) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, i.line());
                    ps.setString(3, i.sourceKey());
                    ps.setString(4, i.outcome());
                    ps.setString(5, i.reasons());
                });
    }

    /** Ends this attempt of the run (unless another attempt took it over). */
    void finish(long id, int attempt, String status, String error, Instant now) {
        jdbc.sql("""
                update imports.import_run set status = ?, error = ?, finished_at = ?, updated_at = ?,
                    cancel_requested = false where id = ? and attempts = ?""")
                .params(status, error, Timestamp.from(now), Timestamp.from(now), id, attempt).update();
        if ("done".equals(status)) {
            jdbc.sql("delete from imports.run_key where run_id = ?").param(id).update();
        }
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.sql("select * from imports.import_run where id = ?").param(id).query(this::map).optional();
    }

    /** Runs waiting for an import thread, oldest first. */
    List<ImportSummary> queued() {
        return jdbc.sql("select * from imports.import_run where status = 'queued' order by id").query(this::map).list();
    }

    List<ImportSummary> recent(int limit) {
        return jdbc.sql("select * from imports.import_run order by id desc limit ?").param(limit)
                .query(this::map).list();
    }

    void issues(long runId, Consumer<ImportIssue> each) {
        template.query(con -> {
            var ps = con.prepareStatement("select line, source_key, outcome, reasons from imports.import_issue "
                    + "where run_id = ? order by line");
            ps.setFetchSize(1000);
            ps.setLong(1, runId);
            return ps;
        }, rs -> {
            each.accept(new ImportIssue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        });
    }

    private ImportSummary map(ResultSet rs, int n) throws SQLException {
        Instant heartbeat = instant(rs, "heartbeat_at");
        Instant lastSign = heartbeat != null ? heartbeat : instant(rs, "updated_at");
        boolean stalled = "running".equals(rs.getString("status"))
                && lastSign.isBefore(clock.instant().minus(stallAfter));
        return new ImportSummary(rs.getLong("id"), rs.getString("source"), rs.getString("mapping"),
                rs.getString("file_name"), rs.getString("status"), instant(rs, "started_at"), instant(rs, "updated_at"),
                instant(rs, "finished_at"), (Long) rs.getObject("total_bytes"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("imported"), rs.getLong("updated"), rs.getLong("unchanged"),
                rs.getLong("rejected"), rs.getLong("repaired"), rs.getInt("attempts"), rs.getString("error"),
                rs.getBoolean("cancel_requested"), rs.getString("file_path"), stalled);
    }

    private static Instant instant(ResultSet rs, String c) throws SQLException {
        Timestamp t = rs.getTimestamp(c);
        return t == null ? null : t.toInstant();
    }

    record ChunkCounts(long read, long imported, long updated, long unchanged, long rejected, long repaired) {
    }
}
