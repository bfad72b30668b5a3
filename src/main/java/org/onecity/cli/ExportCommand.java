package org.onecity.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecity.opendata.Criteria;
import org.onecity.opendata.Format;
import org.onecity.opendata.OpenData;
import org.onecity.platform.OneCitySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the open data set of requests (no personal data) to a file, streamed.",
                "Formats: nyc-csv (NYC Open Data columns), open311-csv, json, geojson."})
class ExportCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--format", defaultValue = "nyc-csv", description = "nyc-csv, open311-csv, json or geojson (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--from", paramLabel = "DATE", description = "Requested on or after (2024-04-01 or an ISO date-time).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Requested on or before this day (or before an ISO date-time).")
    String to;

    @Option(names = "--agency", split = ",", paramLabel = "CODE", description = "Only these agencies (comma-separated).")
    List<String> agencies;

    @Option(names = "--service", split = ",", paramLabel = "CODE", description = "Only these service codes (comma-separated).")
    List<String> services;

    @Override
    public Integer call() throws Exception {
        Format f = Format.of(format).orElse(null);
        if (f == null) {
            System.err.println("Unknown format " + format + ": nyc-csv, open311-csv, json or geojson");
            return 2;
        }
        try (var ctx = BatchContext.start(options)) {
            var criteria = Criteria.of(from, to, agencies, services, ctx.getBean(OneCitySettings.class).timeZone());
            long started = System.nanoTime();
            long n;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                n = ctx.getBean(OpenData.class).write(f, criteria, out);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("Exported %,d requests to %s in %.1f s (%,.0f rows/s, %,d bytes)%n", n, output, seconds,
                    n / Math.max(seconds, 0.001), Files.size(output));
            return 0;
        }
    }
}
