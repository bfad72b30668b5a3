package org.onecity.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Signed links in emails: whoever holds the link for a request may change its notifications or
 * unsubscribe, without an account; other signatures, one per use, prove the requester for the
 * survey and the ask to reopen (the private link shown once after filing, and sent in the closure
 * email) and open their who-accessed-my-data page. The key lives in the database, so every node
 * signs alike.
 */
@Service
public class NotificationLinks {

    private final JdbcClient jdbc;
    private final String publicUrl;
    private volatile byte[] key;

    NotificationLinks(JdbcClient jdbc, @Value("${onecity.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String publicUrl() {
        return publicUrl;
    }

    public String manageUrl(String number) {
        return publicUrl + "/notifications/" + number + "?sig=" + sign(number);
    }

    /** The resident's own page of who accessed the contact details of the request, and their consent choices. */
    public String myDataUrl(String number) {
        return publicUrl + "/my-data/" + number + "?sig=" + sign("my-data", number);
    }

    public boolean verifyMyData(String number, String signature) {
        return number != null && signature != null
                && MessageDigest.isEqual(sign("my-data", number).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The registered person's own page of who accessed their registry record: signed over the key and
     * the expiry (epoch seconds), so the link stops working at {@code expires} and cannot be moved to
     * another person.
     */
    public String personMyDataUrl(java.util.UUID key, java.time.Instant expires) {
        long until = expires.getEpochSecond();
        return publicUrl + "/my-data/person/" + key + "?expires=" + until + "&sig=" + sign("my-data-person",
                key + ":" + until);
    }

    /** True when the signature is this key's and expiry's; the caller checks the expiry against its clock. */
    public boolean verifyPersonMyData(java.util.UUID key, long expires, String signature) {
        return key != null && signature != null
                && MessageDigest.isEqual(sign("my-data-person", key + ":" + expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A keyed hash of a value for counting asks without keeping the value (e.g. a CURP). */
    public String fingerprint(String use, String value) {
        return sign(use, value);
    }

    public String trackUrl(String number) {
        return publicUrl + "/track/" + number;
    }

    /** The requester's private link: the request's tracking page that also takes the survey and the ask to reopen. */
    public String feedbackUrl(String number) {
        return publicUrl + "/track/" + number + "?key=" + feedbackKey(number);
    }

    public String feedbackKey(String number) {
        return sign("feedback", number);
    }

    public boolean verifyFeedback(String number, String key) {
        return number != null && key != null
                && MessageDigest.isEqual(feedbackKey(number).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean verify(String number, String signature) {
        return number != null && signature != null
                && MessageDigest.isEqual(sign(number).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String number) {
        return sign("notifications", number);
    }

    /** A signature per use, so a link for one page never opens another. */
    private String sign(String use, String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] h = mac.doFinal((use + ":" + number).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into messaging.link_key (id, key) values (1, ?) on conflict (id) do nothing")
                    .param(fresh).update();
            k = jdbc.sql("select key from messaging.link_key where id = 1").query(byte[].class).single();
            key = k;
        }
        return k;
    }
}
