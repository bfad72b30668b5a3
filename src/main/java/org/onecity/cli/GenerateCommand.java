package org.onecity.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.onecity.imports.RequestGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N synthetic 311 requests as an NYC Open Data portal export (CSV), deterministic for a seed.",
                "Import the file with: onecity import --mapping nyc311-export FILE"})
class GenerateCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "How many requests.")
    long rows;

    @Option(names = "--seed", defaultValue = "311", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2024-01-01", paramLabel = "DATE",
            description = "First day (default ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--days", defaultValue = "365", description = "Days covered (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (var ctx = BatchContext.start(options)) {
            long started = System.nanoTime();
            long[] last = {0};
            long n = ctx.getBean(RequestGenerator.class).generate(rows, seed, start, days, output, done -> {
                long now = System.nanoTime();
                if (now - last[0] > 2_000_000_000L) {
                    last[0] = now;
                    System.err.printf("generated %,d of %,d rows%n", done, rows);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("Wrote %,d requests to %s in %.1f s (%,.0f rows/s)%n", n, output, seconds,
                    n / Math.max(seconds, 0.001));
            return 0;
        }
    }
}
