package org.onecity.imports;

import java.nio.file.Files;
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

/** The imports facade: run an import (now, or in the background for uploads), read runs and their issues. */
@Service
public class Imports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final Importer importer;
    private final ImportRuns runs;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-upload");
        t.setDaemon(true);
        return t;
    });

    Imports(Importer importer, ImportRuns runs) {
        this.importer = importer;
        this.runs = runs;
    }

    /** Imports the file now (resuming an unfinished run of it), reporting progress after every chunk. */
    public ImportSummary run(ImportRequest request, ImportProgress progress) {
        ImportSummary run = importer.prepare(request);
        return importer.execute(run.id(), request, progress);
    }

    /**
     * Starts the import in the background and returns the run at once; its progress is read with
     * {@link #find}. The file is deleted when the run ends when {@code deleteAfter}.
     */
    public ImportSummary submit(ImportRequest request, boolean deleteAfter) {
        ImportSummary run = importer.prepare(request);
        background.submit(() -> {
            try {
                importer.execute(run.id(), request, ImportProgress.NONE);
            } catch (RuntimeException e) {
                log.warn("Import run {} failed: {}", run.id(), e.getMessage());
            } finally {
                if (deleteAfter) {
                    try {
                        Files.deleteIfExists(request.file());
                    } catch (java.io.IOException e) {
                        log.warn("Could not delete upload {}", request.file());
                    }
                }
            }
        });
        return run;
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
