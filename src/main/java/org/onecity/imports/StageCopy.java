package org.onecity.imports;

import java.time.Instant;
import java.util.List;
import org.onecity.imports.mapping.StagedRow;

/**
 * The staging table (a temporary table of the importing session) and its COPY encoding: PostgreSQL's
 * binary COPY format, which the server stores without parsing text (timestamps, numbers) and the importer
 * writes without formatting or escaping it.
 */
final class StageCopy {

    static final String TABLE = "pg_temp.import_stage";

    static final String CREATE = """
            create temp table if not exists import_stage (
                line bigint, source_key text, number text, service_code text, agency_code text, status text,
                outcome text, channel text, description text, lat float8, lon float8, address text, address_id text,
                zipcode text, borough text, community_district text, zip_area text, alcaldia text, attributes jsonb,
                requested_at timestamptz, updated_at timestamptz, expected_at timestamptz, closed_at timestamptz,
                resolution text) on commit delete rows""";

    static final String COPY = "copy pg_temp.import_stage from stdin (format binary)";

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0,
        0, 0, 0};
    private static final short COLUMNS = 24;
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix seconds. */
    private static final long PG_EPOCH = 946_684_800L;
    private static final byte JSONB_VERSION = 1;

    private StageCopy() {
    }

    /** The rows in binary COPY format; {@link Encoded#length()} bytes of {@link Encoded#bytes()} are used. */
    static Encoded encode(List<StagedRow> rows) {
        Buffer b = new Buffer(rows.size() * 448 + 64);
        b.bytes(HEADER);
        for (StagedRow r : rows) {
            b.int16(COLUMNS);
            b.int32(8);
            b.int64(r.line());
            b.text(r.sourceKey());
            b.text(r.number());
            b.text(r.serviceCode());
            b.text(r.agencyCode());
            b.text(r.status());
            b.text(r.outcome());
            b.text(r.channel());
            b.text(r.description());
            b.float8(r.lat());
            b.float8(r.lon());
            b.text(r.address());
            b.text(r.addressId());
            b.text(r.zipcode());
            b.text(r.borough());
            b.text(r.communityDistrict());
            b.text(r.zipArea());
            b.text(r.alcaldia());
            b.jsonb(r.attributesJson());
            b.timestamp(r.requestedAt());
            b.timestamp(r.updatedAt());
            b.timestamp(r.expectedAt());
            b.timestamp(r.closedAt());
            b.text(r.resolution());
        }
        b.int16((short) -1);
        return new Encoded(b.data, b.size);
    }

    record Encoded(byte[] bytes, int length) {
    }

    /**
     * Microseconds since 2000-01-01 UTC, rounded as PostgreSQL rounds a text timestamp's fraction
     * (to the nearest microsecond, half to even).
     */
    static long pgMicros(Instant i) {
        long micros = Math.multiplyExact(i.getEpochSecond() - PG_EPOCH, 1_000_000L);
        int nanos = i.getNano();
        int whole = nanos / 1000;
        int rest = nanos % 1000;
        if (rest > 500 || rest == 500 && (whole & 1) == 1) {
            whole++;
        }
        return micros + whole;
    }

    /** A growing byte array with the big-endian field encodings of binary COPY. */
    private static final class Buffer {
        private byte[] data;
        private int size;

        Buffer(int capacity) {
            data = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            }
        }

        void bytes(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, data, size, b.length);
            size += b.length;
        }

        void int16(short v) {
            room(2);
            data[size++] = (byte) (v >>> 8);
            data[size++] = (byte) v;
        }

        void int32(int v) {
            room(4);
            put32(size, v);
            size += 4;
        }

        private void put32(int at, int v) {
            data[at] = (byte) (v >>> 24);
            data[at + 1] = (byte) (v >>> 16);
            data[at + 2] = (byte) (v >>> 8);
            data[at + 3] = (byte) v;
        }

        void int64(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                data[size++] = (byte) (v >>> shift);
            }
        }

        void nul() {
            int32(-1);
        }

        void float8(Double d) {
            if (d == null) {
                nul();
            } else {
                int32(8);
                int64(Double.doubleToLongBits(d));
            }
        }

        void timestamp(Instant i) {
            if (i == null) {
                nul();
            } else {
                int32(8);
                int64(pgMicros(i));
            }
        }

        void text(String s) {
            lengthPrefixed(s, false);
        }

        /** jsonb's binary form: a version byte, then the JSON text. */
        void jsonb(String json) {
            lengthPrefixed(json, true);
        }

        private void lengthPrefixed(String s, boolean jsonbVersion) {
            if (s == null) {
                nul();
                return;
            }
            int at = size;
            int32(0);
            if (jsonbVersion) {
                room(1);
                data[size++] = JSONB_VERSION;
            }
            utf8(s);
            put32(at, size - at - 4);
        }

        /**
         * UTF-8 as {@link String#getBytes} writes it (a lone surrogate becomes '?'), without NUL characters,
         * which PostgreSQL text cannot hold (the text encoding dropped them too).
         */
        private void utf8(String s) {
            int n = s.length();
            room(n * 3);
            byte[] d = data;
            int p = size;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c != 0) {
                        d[p++] = (byte) c;
                    }
                } else if (c < 0x800) {
                    d[p++] = (byte) (0xc0 | c >> 6);
                    d[p++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    d[p++] = (byte) (0xf0 | cp >> 18);
                    d[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    d[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    d[p++] = (byte) (0x80 | cp & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    d[p++] = '?';
                } else {
                    d[p++] = (byte) (0xe0 | c >> 12);
                    d[p++] = (byte) (0x80 | c >> 6 & 0x3f);
                    d[p++] = (byte) (0x80 | c & 0x3f);
                }
            }
            size = p;
        }
    }
}
