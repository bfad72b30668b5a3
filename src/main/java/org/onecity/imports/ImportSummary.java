package org.onecity.imports;

import java.time.Instant;

/**
 * One import run as it stands: live while running (committed chunks), final when done. Every record
 * read is counted once: {@code rowsRead = imported + updated + unchanged + rejected}; {@code repaired}
 * counts the imported/updated/unchanged ones that needed a repair. {@code status} is queued (waiting
 * for a free import thread), running, done, failed or cancelled; {@code filePath} is the file the run
 * reads (kept for a retry until the run is done). {@code stalled}: running, but its node has given no
 * sign of life for {@code onecity.imports.stall-after} (it was killed or crashed).
 */
public record ImportSummary(long id, String source, String mapping, String fileName, String status,
                            Instant startedAt, Instant updatedAt, Instant finishedAt, Long totalBytes, long bytesRead,
                            long rowsRead, long imported, long updated, long unchanged, long rejected, long repaired,
                            int attempts, String error, boolean cancelRequested, String filePath,
                            boolean stalled) {

    /** True while the run waits for a thread or runs, or when its node stopped: it can be cancelled. */
    public boolean cancellable() {
        return "queued".equals(status) || "running".equals(status) && (!cancelRequested || stalled);
    }

    /** True when the run failed or was cancelled and its file is still there: it can be retried. */
    public boolean retryable() {
        return ("failed".equals(status) || "cancelled".equals(status)) && filePath != null
                && java.nio.file.Files.isReadable(java.nio.file.Path.of(filePath));
    }

    /** Rows per second since the run started (over all attempts' wall time). */
    public double rowsPerSecond() {
        Instant end = finishedAt != null ? finishedAt : updatedAt;
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return rowsRead / seconds;
    }
}
