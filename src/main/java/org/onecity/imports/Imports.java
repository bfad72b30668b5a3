package org.onecity.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.onecity.imports.mapping.MappingLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports facade: run an import (now, or queued for a background thread for uploads), cancel or
 * retry a queued, running, failed or cancelled run, read runs and their issues.
 */
@Service
public class Imports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    /** Uploaded files are named with this prefix; they are deleted once their run is done. */
    public static final String UPLOAD_PREFIX = "upload-";

    private final Importer importer;
    private final ImportRuns runs;
    private final Clock clock;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-upload");
        t.setDaemon(true);
        return t;
    });

    Imports(Importer importer, ImportRuns runs, Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.clock = clock;
    }

    /** Imports the file now (resuming an unfinished run of it), reporting progress after every chunk. */
    public ImportSummary run(ImportRequest request, ImportProgress progress) {
        ImportSummary run = importer.prepare(request, "running");
        return importer.execute(run, request, progress);
    }

    /**
     * Queues the import for a background import thread and returns the run at once (status 'queued'
     * until a thread is free); its progress is read with {@link #find}. When {@code deleteAfter}, the file
     * is deleted once the run is done; a failed or cancelled run keeps it for {@link #retry}.
     */
    public ImportSummary submit(ImportRequest request, boolean deleteAfter) {
        ImportSummary run = importer.prepare(request, "queued");
        background.submit(() -> runQueued(run.id(), request, deleteAfter));
        return run;
    }

    /**
     * Cancels a queued run at once, or asks a running one to stop after the chunks it is writing (nothing
     * is half-written: each chunk commits whole or not at all). Empty for an unknown run.
     */
    public Optional<ImportSummary> cancel(long id) {
        return runs.cancel(id, clock.instant());
    }

    /**
     * Queues a failed or cancelled run again; it resumes after the chunks it committed. Empty when the run
     * is unknown, in another state, or its file is gone.
     */
    public Optional<ImportSummary> retry(long id) {
        Optional<ImportSummary> run = runs.find(id).filter(ImportSummary::retryable);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImportSummary> queued = runs.requeue(id, clock.instant());
        queued.ifPresent(this::enqueue);
        return queued;
    }

    /**
     * Takes up the queued runs whose file this node can read: those queued on a node that stopped before
     * running them. A run another node also takes up runs once (claiming it is atomic). Returns how many.
     */
    public int takeUpQueued() {
        int n = 0;
        for (ImportSummary run : runs.queued()) {
            if (run.filePath() != null && Files.isReadable(Path.of(run.filePath()))) {
                enqueue(run);
                n++;
            }
        }
        return n;
    }

    private void enqueue(ImportSummary run) {
        ImportRequest request = new ImportRequest(run.mapping(), Path.of(run.filePath()), run.fileName(), run.source());
        boolean upload = Path.of(run.filePath()).getFileName().toString().startsWith(UPLOAD_PREFIX);
        background.submit(() -> runQueued(run.id(), request, upload));
    }

    private void runQueued(long id, ImportRequest request, boolean deleteAfter) {
        String status = "failed";
        try {
            if (!runs.claim(id, clock.instant())) {
                return;
            }
            ImportSummary run = runs.find(id).orElseThrow();
            status = importer.execute(run, request, ImportProgress.NONE).status();
        } catch (RuntimeException e) {
            log.warn("Import run {} failed: {}", id, e.getMessage());
        } finally {
            if (deleteAfter && "done".equals(status)) {
                try {
                    Files.deleteIfExists(request.file());
                } catch (java.io.IOException e) {
                    log.warn("Could not delete upload {}", request.file());
                }
            }
        }
    }

    /** Checks a mapping loads (a shipped name or a YAML file); throws IllegalArgumentException when not. */
    public String checkMapping(String mapping) {
        return MappingLoader.load(mapping).name();
    }

    public List<String> shippedMappings() {
        return MappingLoader.SHIPPED;
    }

    public Optional<ImportSummary> find(long id) {
        return runs.find(id);
    }

    public List<ImportSummary> recent(int limit) {
        return runs.recent(limit);
    }

    /** Every rejected or repaired record of the run, in line order, streamed. */
    @Transactional(readOnly = true)
    public void issues(long runId, Consumer<ImportIssue> each) {
        runs.issues(runId, each);
    }

    /** The run's data-quality report as CSV: every rejected or repaired record (line, source_key, outcome, reasons). */
    @Transactional(readOnly = true)
    public void writeReportCsv(long runId, java.io.Writer out) throws java.io.IOException {
        var csv = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader("line", "source_key", "outcome", "reasons").get());
        runs.issues(runId, i -> {
            try {
                csv.printRecord(i.line(), i.sourceKey(), i.outcome(), i.reasons());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
