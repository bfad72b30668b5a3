package org.onecity.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.onecity.imports.mapping.StagedRow;

/** The staging table (a temporary table of the importing session) and its COPY text encoding. */
final class StageCopy {

    static final String TABLE = "pg_temp.import_stage";

    static final String CREATE = """
            create temp table if not exists import_stage (
                line bigint, source_key text, number text, service_code text, agency_code text, status text,
                outcome text, channel text, description text, lat float8, lon float8, address text, address_id text,
                zipcode text, borough text, community_district text, zip_area text, alcaldia text, attributes jsonb,
                requested_at timestamptz, updated_at timestamptz, expected_at timestamptz, closed_at timestamptz,
                resolution text) on commit delete rows""";

    static final String COPY = "copy pg_temp.import_stage from stdin";

    private StageCopy() {
    }

    static byte[] encode(List<StagedRow> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 400);
        for (StagedRow r : rows) {
            b.append(r.line()).append('\t');
            text(b, r.sourceKey()).append('\t');
            text(b, r.number()).append('\t');
            text(b, r.serviceCode()).append('\t');
            text(b, r.agencyCode()).append('\t');
            text(b, r.status()).append('\t');
            text(b, r.outcome()).append('\t');
            text(b, r.channel()).append('\t');
            text(b, r.description()).append('\t');
            text(b, r.lat() == null ? null : r.lat().toString()).append('\t');
            text(b, r.lon() == null ? null : r.lon().toString()).append('\t');
            text(b, r.address()).append('\t');
            text(b, r.addressId()).append('\t');
            text(b, r.zipcode()).append('\t');
            text(b, r.borough()).append('\t');
            text(b, r.communityDistrict()).append('\t');
            text(b, r.zipArea()).append('\t');
            text(b, r.alcaldia()).append('\t');
            text(b, r.attributesJson()).append('\t');
            time(b, r.requestedAt()).append('\t');
            time(b, r.updatedAt()).append('\t');
            time(b, r.expectedAt()).append('\t');
            time(b, r.closedAt()).append('\t');
            text(b, r.resolution()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder time(StringBuilder b, Instant i) {
        return i == null ? b.append("\\N") : b.append(i.toString());
    }

    /** PostgreSQL COPY text format: backslash escapes for backslash, tab, newline, carriage return; \N is null. */
    private static StringBuilder text(StringBuilder b, String s) {
        if (s == null) {
            return b.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\0' -> { }
                default -> b.append(c);
            }
        }
        return b;
    }

}
