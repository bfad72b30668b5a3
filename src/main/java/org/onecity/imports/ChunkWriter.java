package org.onecity.imports;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.onecity.imports.mapping.MappedRecord;
import org.onecity.imports.mapping.StagedRow;
import org.onecity.requests.RequestBulkLoad;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one chunk of mapped records in one transaction: COPY into the session's staging table,
 * duplicate keys of the file set aside, the requests bulk load, the issues, the chunk's line range and
 * the run's counts. Several chunks are written at once on their own connections; a crash loses at most
 * the chunks in flight, which the next attempt redoes (it skips exactly the committed ranges).
 */
@Component
class ChunkWriter {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RequestBulkLoad bulk;
    private final ImportRuns runs;
    private final Clock clock;

    ChunkWriter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, RequestBulkLoad bulk, ImportRuns runs,
                Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.bulk = bulk;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * One chunk of a run: its mapped records, its first and last record line (inclusive), how far into the
     * file it ends, and its turn for claiming keys: a file's first occurrence of a key wins, so chunks claim
     * their keys in file order ({@code previous} completes when the chunk before has claimed its keys) even
     * though they are written on several connections at once.
     */
    record Chunk(long runId, int attempt, String source, List<MappedRecord> records, long firstLine, long lastLine,
                 long bytesRead, CompletableFuture<Void> previous, CompletableFuture<Void> claimed) {
    }

    void write(Chunk chunk) {
        try {
            tx.executeWithoutResult(status -> {
                try {
                    write0(chunk);
                } catch (java.sql.SQLException | java.io.IOException e) {
                    throw new IllegalStateException("Import chunk failed: " + e.getMessage(), e);
                }
            });
        } finally {
            chunk.claimed().complete(null);
        }
    }

    private void write0(Chunk chunk) throws java.sql.SQLException, java.io.IOException {
        Map<Long, ImportIssue> issues = new HashMap<>();
        List<StagedRow> rows = new ArrayList<>(chunk.records().size());
        long rejected = 0;
        for (MappedRecord m : chunk.records()) {
            if (m.rejected()) {
                rejected++;
                issues.put(m.line(), new ImportIssue(m.line(), m.sourceKey(), "rejected", String.join("; ", m.reasons())));
            } else {
                rows.add(m.row());
                if (m.repaired()) {
                    issues.put(m.line(), new ImportIssue(m.line(), m.sourceKey(), "repaired", String.join("; ", m.reasons())));
                }
            }
        }
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql(StageCopy.CREATE).update();
        Connection con = DataSourceUtils.getConnection(dataSource);
        StageCopy.Encoded staged = StageCopy.encode(rows);
        con.unwrap(PGConnection.class).getCopyAPI().copyIn(StageCopy.COPY,
                new ByteArrayInputStream(staged.bytes(), 0, staged.length()));
        chunk.previous().join();
        int claimed = jdbc.sql("""
                insert into imports.run_key (run_id, source_key, line)
                select ?, source_key, min(line) from pg_temp.import_stage group by source_key order by source_key
                on conflict do nothing""").param(chunk.runId()).update();
        chunk.claimed().complete(null);
        if (claimed < rows.size()) {
            var duplicates = jdbc.sql("""
                    delete from pg_temp.import_stage s using imports.run_key k
                    where k.run_id = ? and k.source_key = s.source_key and k.line <> s.line
                    returning s.line, s.source_key, k.line""").param(chunk.runId())
                    .query((rs, n) -> new ImportIssue(rs.getLong(1), rs.getString(2), "rejected",
                            "duplicate key in file (first at line " + rs.getLong(3) + ")")).list();
            for (ImportIssue d : duplicates) {
                rejected++;
                reject(issues, d.line(), d.sourceKey(), d.reasons());
            }
        }
        RequestBulkLoad.Result result = bulk.load(chunk.source(), StageCopy.TABLE);
        for (var c : result.conflicts()) {
            rejected++;
            reject(issues, c.line(), c.sourceKey(), c.reason());
        }
        List<ImportIssue> all = new ArrayList<>(issues.values());
        runs.issues(chunk.runId(), all);
        long repaired = all.stream().filter(i -> i.outcome().equals("repaired")).count();
        runs.advance(chunk.runId(), chunk.attempt(), chunk.firstLine(), chunk.lastLine(), chunk.bytesRead(),
                new ImportRuns.ChunkCounts(chunk.records().size(), result.inserted(), result.updated(), result.unchanged(),
                        rejected, repaired), clock.instant());
    }

    private static void reject(Map<Long, ImportIssue> issues, long line, String key, String reason) {
        ImportIssue earlier = issues.get(line);
        String reasons = earlier == null ? reason : reason + "; " + earlier.reasons();
        issues.put(line, new ImportIssue(line, key, "rejected", reasons));
    }
}
