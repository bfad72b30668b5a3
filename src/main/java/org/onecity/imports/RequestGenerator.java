package org.onecity.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.Districts;
import org.onecity.imports.generator.CityGrid;
import org.onecity.imports.generator.SyntheticWriter;
import org.onecity.imports.generator.Taxonomy;
import org.onecity.imports.mapping.ServiceLookup;
import org.springframework.stereotype.Service;

/**
 * Synthetic 311 history for benchmarks and demos: N requests in the NYC portal export format (so the
 * importer reads them with the shipped {@code nyc311-export} mapping), deterministic for a seed.
 * Complaint types and agencies follow the real frequencies, times follow weekly and yearly seasons
 * and the hour of day, close times are log-normal around each type's SLA, locations fall inside the
 * real borough polygons, channels follow the real mix. Streams: 10M rows need no more memory than 10.
 */
@Service
public class RequestGenerator {

    private final Catalog catalog;
    private final Districts districts;

    RequestGenerator(Catalog catalog, Districts districts) {
        this.catalog = catalog;
        this.districts = districts;
    }

    public long generate(long rows, long seed, LocalDate start, int days, Path output, LongConsumer progress)
            throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
            return generate(rows, seed, start, days, out, progress);
        }
    }

    public long generate(long rows, long seed, LocalDate start, int days, Writer out, LongConsumer progress)
            throws IOException {
        if (rows < 0 || days < 1) {
            throw new IllegalArgumentException("rows must be >= 0 and days >= 1");
        }
        ServiceLookup services = new ServiceLookup(catalog);
        java.util.Map<Taxonomy.Kind, Integer> sla = new java.util.HashMap<>();
        var writer = new SyntheticWriter(new Taxonomy(), new CityGrid(districts), kind -> sla.computeIfAbsent(kind,
                k -> services.find(k.agency(), k.complaintType()).map(ServiceType::slaHours).orElse(72)));
        return writer.write(rows, seed, start, days, out, progress);
    }
}
