package org.onecity.sharing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How OneCity signs webhooks, and a sample receiver-side check. The signature is
 * {@code v1=hex(HMAC-SHA256(secret, timestamp + "." + body))} in {@code X-OneCity-Signature}, the
 * timestamp (epoch seconds) in {@code X-OneCity-Timestamp}. A receiver rejects a bad signature, a
 * timestamp outside its window (a replay of an old message) and an event id it has seen within the
 * window (a replay of a recent one).
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-OneCity-Signature";
    public static final String TIMESTAMP = "X-OneCity-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The verdict of a receiver on one delivery. */
    public enum Verdict { ACCEPTED, BAD_SIGNATURE, STALE, REPLAYED }

    /** A sample receiver: verifies signatures within a time window and drops replays by event id. */
    public static final class Receiver {

        private final String secret;
        private final Duration window;
        private final Map<String, Instant> seen = new LinkedHashMap<>();

        public Receiver(String secret, Duration window) {
            this.secret = secret;
            this.window = window;
        }

        public synchronized Verdict check(String signature, String timestamp, String eventId, byte[] body,
                                          Instant now) {
            long ts;
            try {
                ts = Long.parseLong(timestamp);
            } catch (NumberFormatException | NullPointerException e) {
                return Verdict.BAD_SIGNATURE;
            }
            if (signature == null || !MessageDigest.isEqual(sign(secret, ts, body).getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8))) {
                return Verdict.BAD_SIGNATURE;
            }
            if (Math.abs(now.getEpochSecond() - ts) > window.toSeconds()) {
                return Verdict.STALE;
            }
            seen.values().removeIf(t -> t.isBefore(now.minus(window.multipliedBy(2))));
            if (seen.putIfAbsent(eventId, now) != null) {
                return Verdict.REPLAYED;
            }
            return Verdict.ACCEPTED;
        }
    }
}
