package org.onecity.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.ImportSummary;
import org.onecity.imports.Imports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import request files (CSV or JSON) with a declarative mapping: shipped mappings are "
                + "nyc311-export, nyc311-api and nyc311-spreadsheet, or give a YAML file.",
                "Idempotent (a second import of the same data changes nothing) and resumable (run the same command "
                        + "again after an interruption). Prints a progress line on stderr and the data-quality report.",
                "Usage: onecity import --mapping nyc311-export file.csv [more files] [--property=value …]"})
class ImportCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--mapping", required = true, paramLabel = "NAME|FILE", description = "Mapping name or YAML file.")
    String mapping;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Source name for keys and numbers (default: the mapping's, e.g. nyc311).")
    String source;

    @Option(names = "--report", paramLabel = "FILE.csv",
            description = "Write every rejected or repaired record (line, key, outcome, reasons) to this CSV file.")
    Path report;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20",
            description = "Print the first N rejected or repaired records (default ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (String a : options.extra) {
            if (a.startsWith("--")) {
                properties.add(a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            System.err.println("Give at least one file to import.");
            return 2;
        }
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                System.err.println("Cannot read " + f);
                return 2;
            }
        }
        options.extra = properties;
        try (var ctx = BatchContext.start(options)) {
            Imports imports = ctx.getBean(Imports.class);
            try {
                imports.checkMapping(mapping);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            int failed = 0;
            for (Path f : files) {
                var line = new ProgressLine(System.err, f.getFileName().toString());
                ImportSummary s = imports.run(new ImportRequest(mapping, f, null, source), line::show);
                line.end();
                failed += "done".equals(s.status()) ? 0 : 1;
                printReport(imports, s);
            }
            return failed == 0 ? 0 : 1;
        }
    }

    private void printReport(Imports imports, ImportSummary s) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("Import %d of %s (mapping %s, source %s): %s%n", s.id(), s.fileName(), s.mapping(), s.source(),
                s.status());
        out.printf("  read %,d  imported %,d  updated %,d  unchanged %,d  rejected %,d  (repaired %,d)  %,.0f rows/s%n",
                s.rowsRead(), s.imported(), s.updated(), s.unchanged(), s.rejected(), s.repaired(), s.rowsPerSecond());
        int[] shown = {0};
        imports.issues(s.id(), i -> {
            if (shown[0]++ < show) {
                out.printf("  line %d  %s  %s: %s%n", i.line(), i.sourceKey(), i.outcome(), i.reasons());
            }
        });
        if (shown[0] > show) {
            out.printf("  … %,d more%n", shown[0] - show);
        }
        if (report != null) {
            Path target = report;
            try (var w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                imports.writeReportCsv(s.id(), w);
            }
            out.println("  report written to " + target);
        }
        out.printf("  report: GET /api/admin/imports/%d (JSON) and /api/admin/imports/%d/report.csv%n", s.id(), s.id());
    }
}
