package org.onecity.imports;

import java.time.Instant;

/**
 * One import run as it stands: live while running (committed chunks), final when done. Every record
 * read is counted once: {@code rowsRead = imported + updated + unchanged + rejected}; {@code repaired}
 * counts the imported/updated/unchanged ones that needed a repair.
 */
public record ImportSummary(long id, String source, String mapping, String fileName, String status,
                            Instant startedAt, Instant updatedAt, Instant finishedAt, Long totalBytes, long bytesRead,
                            long rowsRead, long imported, long updated, long unchanged, long rejected, long repaired,
                            int attempts, String error) {

    /** Rows per second since the run started (over all attempts' wall time). */
    public double rowsPerSecond() {
        Instant end = finishedAt != null ? finishedAt : updatedAt;
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return rowsRead / seconds;
    }
}
