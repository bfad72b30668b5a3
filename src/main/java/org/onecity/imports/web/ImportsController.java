package org.onecity.imports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.imports.ImportIssue;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.ImportSummary;
import org.onecity.imports.Imports;
import org.onecity.platform.OneCitySettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Imports for admins: upload a file with a mapping (the import runs in the background), follow its
 * progress, read its data-quality report as JSON or download it as CSV.
 */
@RestController
@RequestMapping("/api/admin/imports")
class ImportsController {

    private static final int ISSUES_IN_JSON = 500;

    private final Imports imports;
    private final Path uploads;

    ImportsController(Imports imports, OneCitySettings settings) {
        this.imports = imports;
        this.uploads = settings.dataDir().resolve("imports");
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@RequestParam("file") MultipartFile file, @RequestParam("mapping") String mapping,
                                  @RequestParam(value = "source", required = false) String source) throws IOException {
        if (file.isEmpty()) {
            return problem("file is empty");
        }
        if (!imports.shippedMappings().contains(mapping)) {
            return problem("mapping must be one of the shipped mappings " + imports.shippedMappings());
        }
        Files.createDirectories(uploads);
        Path target = Files.createTempFile(uploads, Imports.UPLOAD_PREFIX, ".data");
        file.transferTo(target);
        String name = file.getOriginalFilename() == null ? target.getFileName().toString() : file.getOriginalFilename();
        ImportSummary run = imports.submit(new ImportRequest(mapping, target, name, source), true);
        return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + run.id())).body(json(run, null));
    }

    /** The file as the raw request body (no multipart size limit): {@code curl --data-binary @file.csv -H 'Content-Type: text/csv'}. */
    @PostMapping(consumes = {"text/csv", "application/json", "application/x-ndjson", "application/octet-stream"})
    ResponseEntity<Object> uploadBody(jakarta.servlet.http.HttpServletRequest request,
                                      @RequestParam("mapping") String mapping,
                                      @RequestParam(value = "source", required = false) String source,
                                      @RequestParam(value = "file_name", required = false) String fileName)
            throws IOException {
        if (!imports.shippedMappings().contains(mapping)) {
            return problem("mapping must be one of the shipped mappings " + imports.shippedMappings());
        }
        Files.createDirectories(uploads);
        Path target = Files.createTempFile(uploads, Imports.UPLOAD_PREFIX, ".data");
        try (var in = request.getInputStream()) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.size(target) == 0) {
            Files.delete(target);
            return problem("the request body is empty");
        }
        String name = fileName == null || fileName.isBlank() ? target.getFileName().toString() : fileName;
        ImportSummary run = imports.submit(new ImportRequest(mapping, target, name, source), true);
        return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + run.id())).body(json(run, null));
    }

    @GetMapping
    List<Map<String, Object>> recent() {
        return imports.recent(50).stream().map(s -> json(s, null)).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(@PathVariable long id) {
        return imports.find(id).<ResponseEntity<Object>>map(s -> {
            List<ImportIssue> issues = new ArrayList<>();
            imports.issues(id, i -> {
                if (issues.size() < ISSUES_IN_JSON) {
                    issues.add(i);
                }
            });
            return ResponseEntity.ok(json(s, issues));
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no import " + id)));
    }

    /** Cancels a queued run, or asks a running one to stop at its next chunk boundary (202 with the run). */
    @PostMapping("/{id}/cancel")
    ResponseEntity<Object> cancel(@PathVariable long id) {
        return imports.cancel(id).<ResponseEntity<Object>>map(s -> ResponseEntity.accepted().body(json(s, null)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no import " + id)));
    }

    /** Queues a failed or cancelled run again (202); 409 when the run is in another state or its file is gone. */
    @PostMapping("/{id}/retry")
    ResponseEntity<Object> retry(@PathVariable long id) {
        if (imports.find(id).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no import " + id));
        }
        return imports.retry(id).<ResponseEntity<Object>>map(s -> ResponseEntity.accepted().body(json(s, null)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("error", "only a failed or cancelled run whose file is kept can be retried")));
    }

    @GetMapping("/{id}/report.csv")
    ResponseEntity<StreamingResponseBody> report(@PathVariable long id) {
        if (imports.find(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StreamingResponseBody body = out -> {
            var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            imports.writeReportCsv(id, w);
            w.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").body(body);
    }

    private static Map<String, Object> json(ImportSummary s, List<ImportIssue> issues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("source", s.source());
        m.put("mapping", s.mapping());
        m.put("file_name", s.fileName());
        m.put("status", s.status());
        m.put("started_at", s.startedAt());
        m.put("updated_at", s.updatedAt());
        m.put("finished_at", s.finishedAt());
        m.put("attempts", s.attempts());
        m.put("progress", s.totalBytes() == null || s.totalBytes() == 0 ? null
                : Math.min(1.0, (double) s.bytesRead() / s.totalBytes()));
        m.put("rows_per_second", Math.round(s.rowsPerSecond()));
        m.put("counts", Map.of("read", s.rowsRead(), "imported", s.imported(), "updated", s.updated(),
                "unchanged", s.unchanged(), "rejected", s.rejected(), "repaired", s.repaired()));
        m.put("error", s.error());
        m.put("cancel_requested", s.cancelRequested());
        m.put("report_csv", "/api/admin/imports/" + s.id() + "/report.csv");
        if (issues != null) {
            m.put("issues", issues.stream().map(i -> Map.of("line", i.line(), "source_key", String.valueOf(i.sourceKey()),
                    "outcome", i.outcome(), "reasons", List.of(i.reasons().split("; ")))).toList());
            m.put("issues_shown", issues.size());
        }
        return m;
    }

    private static ResponseEntity<Object> problem(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
