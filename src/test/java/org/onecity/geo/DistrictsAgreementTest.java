package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The districts found from the coordinates of real NYC 311 requests agree with the borough and
 * community board that NYC 311 recorded for them (test/resources/geo/README.md says where the
 * rows come from). Disagreement is expected at the edges: points on a district line, geocoding
 * that put the point across the line from the address, and Marble Hill, legally Manhattan (so in
 * the Manhattan borough polygon) but served by Bronx Community Board 8 (in district 208), which
 * 311 records as BRONX (unique keys 59672123 and 60870460).
 */
class DistrictsAgreementTest {

    private static final Map<String, String> BOROUGH_CODES = Map.of(
            "MANHATTAN", "1", "BRONX", "2", "BROOKLYN", "3", "QUEENS", "4", "STATEN ISLAND", "5");

    record Row(String uniqueKey, double lat, double lon, String borough, String communityBoard, String zip) {
    }

    static List<Row> rows;

    @BeforeAll
    static void readSample() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DistrictsAgreementTest.class.getResourceAsStream("/geo/nyc311_points_sample.csv"),
                StandardCharsets.UTF_8))) {
            rows = in.lines().skip(1).map(line -> line.split(",", -1))
                    .map(f -> new Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3], f[4], f[5]))
                    .toList();
        }
        assertThat(rows).hasSizeGreaterThan(1_900);
    }

    @Test
    void boroughsAgreeWith311() {
        int compared = 0;
        int agreed = 0;
        for (Row row : rows) {
            String expected = BOROUGH_CODES.get(row.borough());
            if (expected == null) {
                continue;
            }
            compared++;
            DistrictRef found = DistrictsTest.DISTRICTS.locate(row.lat(), row.lon()).in("borough").orElse(null);
            if (found != null && found.code().equals(expected)) {
                agreed++;
            } else {
                System.out.printf("borough differs: %s %s -> %s%n", row.uniqueKey(), row.borough(), found);
            }
        }
        report("borough", agreed, compared);
        assertThat(agreed).isGreaterThanOrEqualTo((int) Math.ceil(compared * 0.99));
    }

    @Test
    void communityDistrictsAgreeWith311CommunityBoards() {
        int compared = 0;
        int agreed = 0;
        for (Row row : rows) {
            String expected = communityDistrictCode(row.communityBoard());
            if (expected == null) {
                continue;
            }
            compared++;
            DistrictRef found = DistrictsTest.DISTRICTS.locate(row.lat(), row.lon()).in("community_district").orElse(null);
            if (found != null && found.code().equals(expected)) {
                agreed++;
            } else {
                System.out.printf("community district differs: %s %s -> %s%n", row.uniqueKey(),
                        row.communityBoard(), found);
            }
        }
        report("community district", agreed, compared);
        assertThat(agreed).isGreaterThanOrEqualTo((int) Math.ceil(compared * 0.98));
    }

    @Test
    void zipAreasMostlyAgreeWith311IncidentZips() {
        long compared = rows.stream().filter(row -> !row.zip().isBlank()).count();
        long agreed = rows.stream().filter(row -> !row.zip().isBlank())
                .filter(row -> zipAreaOf(row).map(zip -> zip.code().equals(row.zip())
                        || List.of(zip.name().split(", ")).contains(row.zip())).orElse(false))
                .count();
        // ZIP areas are MODZCTA: small ZIPs merged into a neighbour (listed in the name), and ZIPs
        // follow streets, not polygons. A sanity figure, not a target.
        report("ZIP area (MODZCTA, merged ZIPs included)", (int) agreed, (int) compared);
        assertThat(agreed).isGreaterThanOrEqualTo(compared * 9 / 10);
    }

    @Test
    void everySamplePointIsInsideTheServiceArea() {
        assertThat(rows).allMatch(row -> DistrictsTest.DISTRICTS.insideServiceArea(row.lat(), row.lon()));
    }

    /** "05 MANHATTAN" → "105"; null for "Unspecified MANHATTAN", "0 Unspecified" and the like. */
    static String communityDistrictCode(String communityBoard) {
        String[] parts = communityBoard.strip().split(" ", 2);
        if (parts.length < 2 || !parts[0].matches("\\d{1,2}")) {
            return null;
        }
        String borough = BOROUGH_CODES.get(parts[1].toUpperCase(Locale.ROOT));
        return borough == null ? null : borough + String.format("%02d", Integer.parseInt(parts[0]));
    }

    private static Optional<DistrictRef> zipAreaOf(Row row) {
        return Optional.ofNullable(DistrictsTest.DISTRICTS.locate(row.lat(), row.lon()).in("zip").orElse(null));
    }

    private static void report(String what, int agreed, int compared) {
        System.out.printf("%s agreement with NYC 311: %d/%d = %.2f%%%n", what, agreed, compared,
                100.0 * agreed / compared);
    }
}
