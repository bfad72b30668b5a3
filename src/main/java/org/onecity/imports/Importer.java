package org.onecity.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onecity.catalog.Catalog;
import org.onecity.geo.Districts;
import org.onecity.imports.mapping.MappedRecord;
import org.onecity.imports.mapping.Mapping;
import org.onecity.imports.mapping.MappingLoader;
import org.onecity.imports.mapping.RowMapper;
import org.onecity.imports.mapping.ServiceLookup;
import org.onecity.imports.source.RecordSource;
import org.onecity.imports.source.SourceRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one import: streams the file, maps records in parallel, and commits chunks on a writer
 * thread while the next chunk is read (at most two chunks in memory). Resumes an unfinished run of
 * the same file (size + SHA-256 of its first MiB), mapping and source after its last committed line.
 */
@Component
class Importer {

    private final Catalog catalog;
    private final Districts districts;
    private final ImportRuns runs;
    private final ChunkWriter writer;
    private final Clock clock;
    private final int chunkSize;

    Importer(Catalog catalog, Districts districts, ImportRuns runs, ChunkWriter writer, Clock clock,
             @Value("${onecity.imports.chunk-size:20000}") int chunkSize) {
        this.catalog = catalog;
        this.districts = districts;
        this.runs = runs;
        this.writer = writer;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** Registers (or resumes) the run; the caller then calls {@link #execute}. */
    ImportSummary prepare(ImportRequest request) {
        Mapping mapping = mapping(request);
        try {
            long size = Files.size(request.file());
            String fingerprint = fingerprint(request);
            String name = request.fileName() != null ? request.fileName() : request.file().getFileName().toString();
            return runs.resume(mapping.source(), mapping.name(), fingerprint, clock.instant())
                    .orElseGet(() -> runs.start(mapping.source(), mapping.name(), name, fingerprint, size, clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportSummary execute(long runId, ImportRequest request, ImportProgress progress) {
        Mapping mapping = mapping(request);
        RowMapper mapper = new RowMapper(mapping, new ServiceLookup(catalog), districts);
        ExecutorService commits = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-" + runId + "-writer"));
        try (InputStream in = Files.newInputStream(request.file());
             RecordSource records = RecordSource.open(mapping.format(), in)) {
            long committed = runs.committedLine(runId);
            long lastLine = committed;
            Future<?> previous = null;
            List<SourceRecord> batch = new ArrayList<>(chunkSize);
            while (records.hasNext()) {
                SourceRecord r = records.next();
                if (r.line() <= committed) {
                    continue;
                }
                batch.add(r);
                if (batch.size() == chunkSize || !records.hasNext()) {
                    List<MappedRecord> mapped = batch.parallelStream().map(mapper::map).toList();
                    long from = lastLine;
                    long to = batch.get(batch.size() - 1).line();
                    long position = records.position();
                    wait(previous);
                    previous = commits.submit(() -> {
                        writer.write(runId, mapping.source(), mapped, from, to, position);
                        runs.find(runId).ifPresent(progress::update);
                    });
                    lastLine = to;
                    batch = new ArrayList<>(chunkSize);
                }
            }
            wait(previous);
            runs.finish(runId, "done", null, clock.instant());
        } catch (RuntimeException | IOException e) {
            runs.finish(runId, "failed", String.valueOf(e.getMessage()), clock.instant());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            commits.shutdownNow();
        }
        ImportSummary done = runs.find(runId).orElseThrow();
        progress.update(done);
        return done;
    }

    private static void wait(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    static Mapping mapping(ImportRequest request) {
        Mapping m = MappingLoader.load(request.mapping());
        return request.source() == null || request.source().isBlank() ? m : m.withSource(request.source().strip());
    }

    private static String fingerprint(ImportRequest request) throws IOException {
        try (InputStream in = Files.newInputStream(request.file())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readNBytes(1 << 20));
            return Files.size(request.file()) + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
