package org.onecity.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onecity.catalog.Catalog;
import org.onecity.geo.Districts;
import org.onecity.imports.mapping.MappedRecord;
import org.onecity.imports.mapping.Mapping;
import org.onecity.imports.mapping.MappingLoader;
import org.onecity.imports.mapping.RowMapper;
import org.onecity.imports.mapping.ServiceLookup;
import org.onecity.imports.source.RecordSource;
import org.onecity.imports.source.SourceRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one import: streams the file, maps records in parallel, and commits chunks on several writer
 * connections while the next chunk is read (at most {@code writers + 1} chunks in memory). Resumes an
 * unfinished run of the same file (size + SHA-256 of its first MiB), mapping and source, skipping the
 * chunks it committed. Stops at a chunk boundary when the run is cancelled. While it runs, a heartbeat
 * thread touches the run every {@code heartbeat} so a run whose node stopped shows as stalled.
 */
@Component
class Importer implements DisposableBean {

    private final Catalog catalog;
    private final Districts districts;
    private final ImportRuns runs;
    private final ChunkWriter writer;
    private final Clock clock;
    private final int chunkSize;
    private final int writers;
    private final Set<Long> executing = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "import-heartbeat");
        t.setDaemon(true);
        return t;
    });

    Importer(Catalog catalog, Districts districts, ImportRuns runs, ChunkWriter writer, Clock clock,
             @Value("${onecity.imports.chunk-size:20000}") int chunkSize,
             @Value("${onecity.imports.writers:2}") int writers,
             @Value("${onecity.imports.heartbeat:PT15S}") java.time.Duration heartbeat) {
        this.catalog = catalog;
        this.districts = districts;
        this.runs = runs;
        this.writer = writer;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.writers = Math.max(1, writers);
        long every = Math.max(1, heartbeat.toMillis());
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            runs.heartbeat(Set.copyOf(executing), clock.instant());
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next beat tries again.
        }
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }

    /**
     * Registers (or resumes) the run in {@code status} ('running' for an import now, 'queued' for one that
     * waits for a background thread); the caller then calls {@link #execute}.
     */
    ImportSummary prepare(ImportRequest request, String status) {
        Mapping mapping = mapping(request);
        try {
            long size = Files.size(request.file());
            String fingerprint = fingerprint(request);
            String name = request.fileName() != null ? request.fileName() : request.file().getFileName().toString();
            String path = request.file().toAbsolutePath().toString();
            return runs.resume(mapping.source(), mapping.name(), fingerprint, path, status, clock.instant())
                    .orElseGet(() -> runs.start(mapping.source(), mapping.name(), name, fingerprint, size, path, status,
                            clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportSummary execute(ImportSummary run, ImportRequest request, ImportProgress progress) {
        long runId = run.id();
        int attempt = run.attempts();
        Mapping mapping = mapping(request);
        RowMapper mapper = new RowMapper(mapping, new ServiceLookup(catalog), districts);
        ExecutorService commits = Executors.newFixedThreadPool(writers, r -> new Thread(r, "import-" + runId + "-writer"));
        Deque<Future<?>> inFlight = new ArrayDeque<>();
        String outcome = "done";
        executing.add(runId);
        try (InputStream in = Files.newInputStream(request.file());
             RecordSource records = RecordSource.open(mapping.format(), in)) {
            CommittedLines committed = new CommittedLines(runs.committedChunks(runId));
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            List<SourceRecord> batch = new ArrayList<>(chunkSize);
            while (records.hasNext()) {
                SourceRecord r = records.next();
                if (!committed.contains(r.line())) {
                    batch.add(r);
                }
                if (batch.size() == chunkSize || !records.hasNext() && !batch.isEmpty()) {
                    List<MappedRecord> mapped = batch.parallelStream().map(mapper::map).toList();
                    CompletableFuture<Void> claimed = new CompletableFuture<>();
                    var chunk = new ChunkWriter.Chunk(runId, attempt, mapping.source(), mapped, batch.get(0).line(),
                            batch.get(batch.size() - 1).line(), records.position(), previous, claimed);
                    while (inFlight.size() >= writers) {
                        wait(inFlight.poll());
                    }
                    if (runs.cancelRequested(runId)) {
                        outcome = "cancelled";
                        break;
                    }
                    inFlight.add(commits.submit(() -> {
                        writer.write(chunk);
                        runs.find(runId).ifPresent(progress::update);
                    }));
                    previous = claimed;
                    batch = new ArrayList<>(chunkSize);
                }
            }
            while (!inFlight.isEmpty()) {
                wait(inFlight.poll());
            }
            runs.finish(runId, attempt, outcome, null, clock.instant());
        } catch (RuntimeException | IOException e) {
            inFlight.forEach(f -> f.cancel(false));
            commits.shutdown();
            awaitQuietly(commits);
            runs.finish(runId, attempt, "failed", String.valueOf(e.getMessage()), clock.instant());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            executing.remove(runId);
            commits.shutdownNow();
        }
        ImportSummary done = runs.find(runId).orElseThrow();
        progress.update(done);
        return done;
    }

    /** Lets chunks already being written end (commit or roll back) before the run is marked failed. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void wait(Future<?> f) {
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
