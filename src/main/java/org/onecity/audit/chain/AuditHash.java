package org.onecity.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.onecity.audit.AccessRecord;

/**
 * The canonical encoding of an audit entry and its SHA-256: every field in a fixed order, each
 * length-prefixed (-1 for null), the time in epoch microseconds, then the previous entry's hash.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long seq, Instant at, AccessRecord r, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(16).putLong(seq).putLong(micros(at)).array());
        for (String s : new String[] {r.actor(), r.actorKind(), r.system(), r.agency(), r.purpose(), r.caseRef(),
                r.action(), r.dataset(), r.subject(), r.decision(), r.reason()}) {
            text(out, s);
        }
        out.writeBytes(ByteBuffer.allocate(4).putInt(r.fields().size()).array());
        r.fields().forEach(f -> text(out, f));
        text(out, prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time as stored (timestamptz keeps microseconds). */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static void text(ByteArrayOutputStream out, String s) {
        if (s == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }
}
