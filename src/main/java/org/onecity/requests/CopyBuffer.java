package org.onecity.requests;

import java.time.Instant;

/**
 * A growing byte array with the big-endian field encodings of PostgreSQL's binary COPY: each field a
 * length (-1 for null) and its bytes.
 */
final class CopyBuffer {

    private static final byte JSONB_VERSION = 1;
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix seconds. */
    private static final long PG_EPOCH = 946_684_800L;

    byte[] data;
    int size;

    CopyBuffer(int capacity) {
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

    void int8(long v) {
        int32(8);
        int64(v);
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
}
