package org.onecity.imports.generator;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.function.ToIntFunction;

/**
 * Writes N synthetic requests as an NYC Open Data portal export (41 columns, US 12-hour dates),
 * day by day in creation order; memory holds one day's draw at a time. Same seed, same file.
 */
public final class SyntheticWriter {

    public static final String HEADER = "Unique Key,Created Date,Closed Date,Agency,Agency Name,Complaint Type,"
            + "Descriptor,Location Type,Incident Zip,Incident Address,Street Name,Cross Street 1,Cross Street 2,"
            + "Intersection Street 1,Intersection Street 2,Address Type,City,Landmark,Facility Type,Status,Due Date,"
            + "Resolution Description,Resolution Action Updated Date,Community Board,BBL,Borough,"
            + "X Coordinate (State Plane),Y Coordinate (State Plane),Open Data Channel Type,Park Facility Name,"
            + "Park Borough,Vehicle Type,Taxi Company Borough,Taxi Pick Up Location,Bridge Highway Name,"
            + "Bridge Highway Direction,Road Ramp,Bridge Highway Segment,Latitude,Longitude,Location";

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US)
            .withZone(NEW_YORK);
    /** Channel mix of the 2022–2024 extracts: ONLINE, MOBILE, PHONE, UNKNOWN. */
    private static final String[] CHANNELS = {"ONLINE", "MOBILE", "PHONE", "UNKNOWN"};
    private static final double[] CHANNEL_CUM = {0.46, 0.70, 0.96, 1.0};
    private static final String[] OPEN = {"Open", "In Progress", "Assigned", "Pending"};
    private static final double[] OPEN_CUM = {0.5, 0.85, 0.95, 1.0};

    private final Taxonomy taxonomy;
    private final CityGrid city;
    private final ToIntFunction<Taxonomy.Kind> slaHours;

    public SyntheticWriter(Taxonomy taxonomy, CityGrid city, ToIntFunction<Taxonomy.Kind> slaHours) {
        this.taxonomy = taxonomy;
        this.city = city;
        this.slaHours = slaHours;
    }

    public long write(long n, long seed, LocalDate start, int days, Writer out, LongConsumer progress) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long[] perDay = perDay(n, start, days);
        Instant asOf = start.plusDays(days).atStartOfDay(NEW_YORK).toInstant();
        out.write(HEADER);
        out.write('\n');
        long key = 100_000_000L;
        StringBuilder b = new StringBuilder(512);
        for (int d = 0; d < days; d++) {
            int k = (int) perDay[d];
            Taxonomy.Kind[] kinds = new Taxonomy.Kind[k];
            long[] order = new long[k];
            for (int j = 0; j < k; j++) {
                kinds[j] = taxonomy.draw(random);
                int second = Seasons.secondOfDay(random, kinds[j].complaintType().startsWith("Noise"));
                order[j] = ((long) second << 32) | j;
            }
            Arrays.sort(order);
            long midnight = start.plusDays(d).atStartOfDay(NEW_YORK).toEpochSecond();
            for (long o : order) {
                Taxonomy.Kind kind = kinds[(int) o];
                Instant created = Instant.ofEpochSecond(midnight + (o >>> 32));
                row(b, key++, kind, created, asOf, random);
                out.append(b);
            }
            progress.accept(key - 100_000_000L);
        }
        return key - 100_000_000L;
    }

    private void row(StringBuilder b, long key, Taxonomy.Kind kind, Instant created, Instant asOf,
                     SplittableRandom random) {
        int sla = slaHours.applyAsInt(kind);
        Instant closes = created.plusSeconds(Math.max(60, (long) (Seasons.hoursToClose(random, sla) * 3600)));
        boolean closed = !closes.isAfter(asOf);
        String descriptor = kind.descriptors().isEmpty() ? ""
                : kind.descriptors().get(random.nextInt(kind.descriptors().size()));
        CityGrid.Place p = city.draw(random);
        String status = closed ? "Closed" : OPEN[pick(OPEN_CUM, random.nextDouble())];
        String channel = CHANNELS[pick(CHANNEL_CUM, random.nextDouble())];
        String resolution = closed ? resolution(kind, random.nextDouble()) : "";
        b.setLength(0);
        b.append(key).append(',').append(US.format(created)).append(',').append(closed ? US.format(closes) : "")
                .append(',').append(kind.agency()).append(',');
        csv(b, kind.agencyName()).append(',');
        csv(b, kind.complaintType()).append(',');
        csv(b, descriptor).append(",,").append(p.zip()).append(",,,,,,,ADDRESS,").append(p.boroughName())
                .append(",,,").append(status).append(',').append(US.format(created.plusSeconds(sla * 3600L))).append(',');
        csv(b, resolution).append(',').append(closed ? US.format(closes) : "").append(",,,").append(p.boroughName())
                .append(",,,").append(channel).append(",Unspecified,").append(p.boroughName()).append(",,,,,,,,")
                .append(p.lat()).append(',').append(p.lon()).append(",\"(").append(p.lat()).append(", ")
                .append(p.lon()).append(")\"\n");
    }

    private static String resolution(Taxonomy.Kind kind, double u) {
        if (u < 0.80) {
            return "The " + kind.agencyName() + " has completed the request or corrected the condition.";
        }
        if (u < 0.96) {
            return "The " + kind.agencyName() + " inspected the condition, but it was not found.";
        }
        return "This complaint is a duplicate of an earlier report; the " + kind.agencyName() + " closed it.";
    }

    private long[] perDay(long n, LocalDate start, int days) {
        double[] w = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            w[d] = Seasons.dayWeight(start.plusDays(d));
            total += w[d];
        }
        long[] counts = new long[days];
        long assigned = 0;
        for (int d = 0; d < days; d++) {
            counts[d] = (long) Math.floor(n * w[d] / total);
            assigned += counts[d];
        }
        for (int d = 0; assigned < n; d = (d + 1) % days) {
            counts[d]++;
            assigned++;
        }
        return counts;
    }

    private static int pick(double[] cumulative, double u) {
        int i = 0;
        while (i < cumulative.length - 1 && cumulative[i] < u) {
            i++;
        }
        return i;
    }

    private static StringBuilder csv(StringBuilder b, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return b.append(s);
        }
        return b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
