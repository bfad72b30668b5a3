package org.onecity.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** imports.import_run and imports.import_issue. */
@Repository
class ImportRuns {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRuns(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An unfinished run of the same file, mapping and source, to resume; taken over (attempts + 1). */
    Optional<ImportSummary> resume(String source, String mapping, String fingerprint, Instant now) {
        return jdbc.sql("""
                update imports.import_run set status = 'running', attempts = attempts + 1, updated_at = :now, error = null
                where id = (select id from imports.import_run where source = :source and mapping = :mapping
                              and fingerprint = :fp and status <> 'done' order by id desc limit 1 for update)
                returning *""")
                .param("now", Timestamp.from(now)).param("source", source).param("mapping", mapping)
                .param("fp", fingerprint).query(ImportRuns::map).optional();
    }

    ImportSummary start(String source, String mapping, String fileName, String fingerprint, long totalBytes,
                        Instant now) {
        return jdbc.sql("""
                insert into imports.import_run (source, mapping, file_name, fingerprint, status, started_at, updated_at,
                    total_bytes)
                values (?, ?, ?, ?, 'running', ?, ?, ?) returning *""")
                .params(source, mapping, fileName, fingerprint, Timestamp.from(now), Timestamp.from(now), totalBytes)
                .query(ImportRuns::map).single();
    }

    long committedLine(long id) {
        return jdbc.sql("select committed_line from imports.import_run where id = ?").param(id).query(Long.class).single();
    }

    /** Adds a chunk's counts; fails unless the run is still at the expected line (no one else took it over). */
    void advance(long id, long expectedLine, long newLine, long bytesRead, ChunkCounts c, Instant now) {
        int n = jdbc.sql("""
                update imports.import_run set committed_line = ?, bytes_read = ?, rows_read = rows_read + ?,
                    imported = imported + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?,
                    repaired = repaired + ?, updated_at = ?
                where id = ? and committed_line = ? and status = 'running'""")
                .params(newLine, bytesRead, c.read(), c.imported(), c.updated(), c.unchanged(), c.rejected(),
                        c.repaired(), Timestamp.from(now), id, expectedLine)
                .update();
        if (n != 1) {
            throw new IllegalStateException("Import run " + id + " was taken over by another process");
        }
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

    void finish(long id, String status, String error, Instant now) {
        jdbc.sql("update imports.import_run set status = ?, error = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(status, error, Timestamp.from(now), Timestamp.from(now), id).update();
        if ("done".equals(status)) {
            jdbc.sql("delete from imports.run_key where run_id = ?").param(id).update();
        }
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.sql("select * from imports.import_run where id = ?").param(id).query(ImportRuns::map).optional();
    }

    List<ImportSummary> recent(int limit) {
        return jdbc.sql("select * from imports.import_run order by id desc limit ?").param(limit)
                .query(ImportRuns::map).list();
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

    private static ImportSummary map(ResultSet rs, int n) throws SQLException {
        return new ImportSummary(rs.getLong("id"), rs.getString("source"), rs.getString("mapping"),
                rs.getString("file_name"), rs.getString("status"), instant(rs, "started_at"), instant(rs, "updated_at"),
                instant(rs, "finished_at"), (Long) rs.getObject("total_bytes"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("imported"), rs.getLong("updated"), rs.getLong("unchanged"),
                rs.getLong("rejected"), rs.getLong("repaired"), rs.getInt("attempts"), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String c) throws SQLException {
        Timestamp t = rs.getTimestamp(c);
        return t == null ? null : t.toInstant();
    }

    record ChunkCounts(long read, long imported, long updated, long unchanged, long rejected, long repaired) {
    }
}
