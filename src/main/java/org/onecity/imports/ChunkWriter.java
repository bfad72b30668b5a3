package org.onecity.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.onecity.imports.mapping.MappedRecord;
import org.onecity.requests.RequestBulkLoad;
import org.onecity.requests.StagedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one chunk of mapped records in one transaction: the requests bulk API's staging (binary COPY),
 * duplicate keys of the file set aside, the requests bulk load, the issues, the chunk's line range and
 * the run's counts. Several chunks are written at once on their own connections; a crash loses at most
 * the chunks in flight, which the next attempt redoes (it skips exactly the committed ranges).
 */
@Component
class ChunkWriter {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RequestBulkLoad bulk;
    private final ImportRuns runs;
    private final Clock clock;

    ChunkWriter(JdbcClient jdbc, TransactionTemplate tx, RequestBulkLoad bulk, ImportRuns runs, Clock clock) {
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
            tx.executeWithoutResult(status -> write0(chunk));
        } finally {
            chunk.claimed().complete(null);
        }
    }

    private void write0(Chunk chunk) {
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
        bulk.stage(rows);
        chunk.previous().join();
        int claimed = jdbc.sql("""
                insert into imports.run_key (run_id, source_key, line)
                select ?, source_key, min(line) from %s group by source_key order by source_key
                on conflict do nothing""".formatted(RequestBulkLoad.STAGE)).param(chunk.runId()).update();
        chunk.claimed().complete(null);
        if (claimed < rows.size()) {
            var duplicates = jdbc.sql("""
                    delete from %s s using imports.run_key k
                    where k.run_id = ? and k.source_key = s.source_key and k.line <> s.line
                    returning s.line, s.source_key, k.line""".formatted(RequestBulkLoad.STAGE)).param(chunk.runId())
                    .query((rs, n) -> new ImportIssue(rs.getLong(1), rs.getString(2), "rejected",
                            "duplicate key in file (first at line " + rs.getLong(3) + ")")).list();
            for (ImportIssue d : duplicates) {
                rejected++;
                reject(issues, d.line(), d.sourceKey(), d.reasons());
            }
        }
        RequestBulkLoad.Result result = bulk.load(chunk.source(), RequestBulkLoad.STAGE);
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
