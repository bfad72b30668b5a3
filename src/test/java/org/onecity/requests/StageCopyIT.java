package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationBase;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The binary COPY encoding of staged rows, read back from PostgreSQL: every column equals what the text
 * encoding (and PostgreSQL's own text input) gave: escapes, NUL characters, non-Latin text and surrogate
 * pairs, lone surrogates, nulls, doubles, JSON (attributes and districts), enums by their wire names, and
 * timestamps before and after 2000 with fractions that PostgreSQL rounds to the microsecond.
 */
class StageCopyIT extends IntegrationBase {

    @Autowired
    DataSource dataSource;

    @Test
    void rowsReadBackAsPostgresqlParsesTheirText() throws Exception {
        List<StagedRow> rows = List.of(
                row(1, "tab\there\\back\nnew\rret", 40.736033, -73.936785, "{\"descriptor\": \"loud-music-party\"}",
                        Instant.parse("2024-01-01T05:05:10Z"), Instant.parse("1999-12-31T23:59:59.999999500Z")),
                row(2, "Peñón ⛔ 😀 NUL\0x lone\uD800end", -0.0, 1e-300, "{\"a\": [\"x\", \"ñ\"], \"b\": 1.5}",
                        Instant.parse("1969-07-20T20:17:40.000000500Z"), Instant.parse("2031-03-04T01:02:03.123456501Z")),
                new StagedRow(3, "k3", "N-3", "svc", "AG", RequestStatus.SUBMITTED, null, Channel.WEB, null, null, null,
                        "Main St", null, null, new RequestDistricts(Map.of("ward", "7 \"West\" \\ ñ\n\u0001")), "{}",
                        Instant.parse("2020-02-29T12:00:00.000001499Z"),
                        Instant.parse("2020-02-29T12:00:00.000002500Z"), null, null, null));
        StageCopy.Encoded encoded = StageCopy.encode(rows);

        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            con.createStatement().execute(StageCopy.CREATE);
            con.unwrap(PGConnection.class).getCopyAPI().copyIn(StageCopy.COPY,
                    new ByteArrayInputStream(encoded.bytes(), 0, encoded.length()));
            List<String> read = new ArrayList<>();
            try (ResultSet rs = con.createStatement().executeQuery("select line, source_key, number, description, "
                    + "lat, lon, address, attributes::text, requested_at, updated_at, expected_at, closed_at, "
                    + "resolution, outcome, status, channel, districts::text from pg_temp.import_stage order by line")) {
                while (rs.next()) {
                    read.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "|" + rs.getObject(5) + "|" + rs.getObject(6) + "|" + rs.getString(7) + "|"
                            + rs.getString(8) + "|" + micros(rs, 9) + "|" + micros(rs, 10) + "|" + micros(rs, 11)
                            + "|" + micros(rs, 12) + "|" + rs.getString(13) + "|" + rs.getString(14) + "|"
                            + rs.getString(15) + "|" + rs.getString(16) + "|" + rs.getString(17));
                }
            }
            List<String> expected = new ArrayList<>();
            for (StagedRow r : rows) {
                expected.add(r.line() + "|" + r.sourceKey() + "|" + r.number() + "|" + clean(r.description()) + "|"
                        + r.lat() + "|" + r.lon() + "|" + r.address() + "|" + parsed(con, r.attributesJson(), "jsonb")
                        + "|" + parsed(con, r.requestedAt()) + "|" + parsed(con, r.updatedAt()) + "|"
                        + parsed(con, r.expectedAt()) + "|" + parsed(con, r.closedAt()) + "|" + clean(r.resolution())
                        + "|" + (r.outcome() == null ? null : r.outcome().wire()) + "|" + r.status().wire() + "|"
                        + r.channel().wire() + "|" + parsed(con, r.districts().json(), "jsonb"));
            }
            con.rollback();
            assertThat(read).containsExactlyElementsOf(expected);
            assertThat(read.get(1)).contains("Peñón ⛔ 😀 NULx lone?end|-0.0|1.0E-300");
            assertThat(read.get(0)).endsWith("|resolved|closed|phone|"
                    + "{\"zip\": \"10001\", \"borough\": \"1\", \"community_district\": \"101\"}");
            assertThat(read.get(2)).endsWith("|null|submitted|web|{\"ward\": \"7 \\\"West\\\" \\\\ ñ\\n\\u0001\"}");
        }
    }

    /** What PostgreSQL makes of the value's text (the old text encoding): the oracle. */
    private static String parsed(Connection con, Instant i) throws java.sql.SQLException {
        if (i == null) {
            return "null";
        }
        try (var ps = con.prepareStatement("select ?::timestamptz")) {
            ps.setString(1, i.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return micros(rs, 1);
            }
        }
    }

    private static String parsed(Connection con, String json, String type) throws java.sql.SQLException {
        try (var ps = con.prepareStatement("select ?::" + type + "::text")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Text as PostgreSQL stores it: without NUL characters, a lone surrogate as '?' (UTF-8 of String.getBytes). */
    private static String clean(String s) {
        return s == null ? null : new String(s.replace("\0", "").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void microsecondsRoundHalfToEvenAsPostgresqlText() {
        assertThat(CopyBuffer.pgMicros(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
        assertThat(CopyBuffer.pgMicros(Instant.parse("2000-01-01T00:00:00.000000500Z"))).isZero();
        assertThat(CopyBuffer.pgMicros(Instant.parse("2000-01-01T00:00:00.000001500Z"))).isEqualTo(2);
        assertThat(CopyBuffer.pgMicros(Instant.parse("2000-01-01T00:00:00.000000501Z"))).isEqualTo(1);
        assertThat(CopyBuffer.pgMicros(Instant.parse("1999-12-31T23:59:59.999999999Z"))).isZero();
        assertThat(CopyBuffer.pgMicros(Instant.parse("1999-12-31T23:59:59Z"))).isEqualTo(-1_000_000);
    }

    private static StagedRow row(long line, String text, double lat, double lon, String json, Instant requested,
                                 Instant closed) {
        return new StagedRow(line, "k" + line, "N-" + line, "svc", "AG", RequestStatus.CLOSED, ClosureOutcome.RESOLVED,
                Channel.PHONE, text, lat, lon, null, null, "10001",
                new RequestDistricts(Map.of("borough", "1", "community_district", "101", "zip", "10001")), json,
                requested, closed, null, closed, text);
    }

    /** Microseconds since 1970 as PostgreSQL stored them (the text form would depend on the session's zone). */
    private static String micros(ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? "null" : String.valueOf(Math.addExact(Math.multiplyExact(Math.floorDiv(t.getTime(), 1000L),
                1_000_000L), t.getNanos() / 1000));
    }
}
