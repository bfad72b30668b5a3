package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.imports.generator.Taxonomy;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The generator is deterministic, follows the real frequencies and seasons, and feeds the importer cleanly. */
class RequestGeneratorIT extends IntegrationBase {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

    @Autowired
    RequestGenerator generator;

    @Autowired
    Imports imports;

    @TempDir
    Path dir;

    @Test
    void sameSeedSameFileAndRealisticDistributions() throws Exception {
        String a = generate(6000, 7);
        assertThat(generate(6000, 7)).isEqualTo(a);
        assertThat(generate(6000, 8)).isNotEqualTo(a);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(a)).getRecords();
        assertThat(rows).hasSize(6000);

        Taxonomy taxonomy = new Taxonomy();
        double nypdShare = taxonomy.kinds().stream().filter(k -> k.agency().equals("NYPD")).mapToLong(Taxonomy.Kind::weight)
                .sum() / (double) taxonomy.kinds().stream().mapToLong(Taxonomy.Kind::weight).sum();
        double nypd = rows.stream().filter(r -> r.get("Agency").equals("NYPD")).count() / 6000.0;
        assertThat(nypd).isCloseTo(nypdShare, org.assertj.core.data.Offset.offset(0.03));

        long sunday = rows.stream().filter(r -> day(r).getDayOfWeek() == DayOfWeek.SUNDAY).count();
        long monday = rows.stream().filter(r -> day(r).getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(sunday).isLessThan(monday);
        long nightNoise = rows.stream().filter(r -> r.get("Complaint Type").startsWith("Noise") && hour(r) >= 21).count();
        long morningNoise = rows.stream().filter(r -> r.get("Complaint Type").startsWith("Noise") && hour(r) >= 6 && hour(r) < 9).count();
        assertThat(nightNoise).isGreaterThan(morningNoise * 3);
        assertThat(rows.stream().map(r -> r.get("Open Data Channel Type")).distinct()).contains("ONLINE", "PHONE", "MOBILE");
        assertThat(rows.stream().filter(r -> r.get("Status").equals("Closed")).count()).isGreaterThan(4000);

        Path file = dir.resolve("synthetic.csv");
        Files.writeString(file, a);
        ImportSummary s = imports.run(new ImportRequest("nyc311-export", file, null, "gen" + System.nanoTime()),
                ImportProgress.NONE);
        assertThat(s.rowsRead()).isEqualTo(6000);
        List<String> issues = new java.util.ArrayList<>();
        imports.issues(s.id(), i -> issues.add(i.reasons() + " " + a.lines().skip(i.line() - 1).findFirst().orElse("")));
        assertThat(issues).isEmpty();
        assertThat(s.imported()).isEqualTo(6000);
        assertThat(s.repaired()).isZero();
    }

    private String generate(long rows, long seed) throws Exception {
        StringWriter out = new StringWriter();
        assertThat(generator.generate(rows, seed, LocalDate.of(2024, 1, 1), 28, out, n -> { })).isEqualTo(rows);
        return out.toString();
    }

    private static LocalDate day(CSVRecord r) {
        return LocalDateTime.parse(r.get("Created Date"), US).toLocalDate();
    }

    private static int hour(CSVRecord r) {
        return LocalDateTime.parse(r.get("Created Date"), US).getHour();
    }
}
