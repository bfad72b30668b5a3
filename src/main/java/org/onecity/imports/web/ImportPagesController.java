package org.onecity.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onecity.imports.ImportIssue;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.ImportSummary;
import org.onecity.imports.Imports;
import org.onecity.platform.OneCitySettings;
import org.onecity.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The admin import pages: the runs with an upload form (the import runs on the imports module's
 * bounded background executor), and one run with its live progress, its issues and its CSV report.
 */
@Controller
class ImportPagesController {

    static final int ISSUES_SHOWN = 500;

    private final Imports imports;
    private final Path uploads;

    ImportPagesController(Imports imports, OneCitySettings settings) {
        this.imports = imports;
        this.uploads = settings.dataDir().resolve("imports");
    }

    @GetMapping("/admin/imports")
    String runs(@RequestParam(required = false) String problem, Model model) {
        model.addAttribute("runs", imports.recent(50));
        model.addAttribute("mappings", imports.shippedMappings());
        model.addAttribute("problem", problem == null ? null : switch (problem) {
            case "tooLarge", "empty", "mapping", "source" -> problem;
            default -> null;
        });
        return "admin/imports";
    }

    @PostMapping(path = "/admin/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(value = "mapping", required = false) String mapping,
                  @RequestParam(value = "source", required = false) String source) throws IOException {
        if (file == null || file.isEmpty()) {
            return "redirect:/admin/imports?problem=empty";
        }
        if (mapping == null || !imports.shippedMappings().contains(mapping)) {
            return "redirect:/admin/imports?problem=mapping";
        }
        String sourceName = PlainText.trimToNull(source);
        if (sourceName != null && !sourceName.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
            return "redirect:/admin/imports?problem=source";
        }
        Files.createDirectories(uploads);
        Path target = Files.createTempFile(uploads, Imports.UPLOAD_PREFIX, ".data");
        file.transferTo(target);
        String name = PlainText.trimToNull(file.getOriginalFilename());
        String shown = name == null ? target.getFileName().toString() : Path.of(name).getFileName().toString();
        ImportSummary run = imports.submit(new ImportRequest(mapping, target, shown, sourceName), true);
        return "redirect:/admin/imports/" + run.id();
    }

    /** Cancels a queued run, or stops a running one at its next chunk boundary. */
    @PostMapping("/admin/imports/{id}/cancel")
    String cancel(@PathVariable long id) {
        find(id);
        imports.cancel(id);
        return "redirect:/admin/imports/" + id;
    }

    /** Queues a failed or cancelled run again; it resumes after the chunks it committed. */
    @PostMapping("/admin/imports/{id}/retry")
    String retry(@PathVariable long id) {
        find(id);
        if (imports.retry(id).isEmpty()) {
            return "redirect:/admin/imports/" + id + "?problem=retry";
        }
        return "redirect:/admin/imports/" + id;
    }

    @GetMapping("/admin/imports/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String problem, Model model) {
        ImportSummary run = find(id);
        List<ImportIssue> issues = new ArrayList<>();
        model.addAttribute("problem", "retry".equals(problem) ? problem : null);
        if (!live(run)) {
            imports.issues(id, i -> {
                if (issues.size() < ISSUES_SHOWN) {
                    issues.add(i);
                }
            });
        }
        progress(run, model);
        model.addAttribute("issues", issues);
        model.addAttribute("issueCount", run.rejected() + run.repaired());
        model.addAttribute("shown", ISSUES_SHOWN);
        return "admin/import-run";
    }

    /** The progress fragment htmx polls while the run is running; once it ends the whole page reloads (issues). */
    @GetMapping("/admin/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        ImportSummary run = find(id);
        if (!live(run) && request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Refresh", "true");
        }
        progress(run, model);
        return "admin/import-run :: progress";
    }

    @GetMapping("/admin/imports/{id}/report.csv")
    ResponseEntity<StreamingResponseBody> report(@PathVariable long id) {
        find(id);
        StreamingResponseBody body = out -> {
            var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            imports.writeReportCsv(id, w);
            w.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").body(body);
    }

    /** Queued or running: the page follows it. */
    static boolean live(ImportSummary run) {
        return "queued".equals(run.status()) || "running".equals(run.status());
    }

    private static void progress(ImportSummary run, Model model) {
        model.addAttribute("run", run);
        model.addAttribute("percent", run.totalBytes() == null || run.totalBytes() == 0 ? null
                : Math.min(100, run.bytesRead() * 100 / run.totalBytes()));
        model.addAttribute("rowsPerSecond", Math.round(run.rowsPerSecond()));
    }

    private ImportSummary find(long id) {
        return imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
