package org.onecity.sharing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import org.onecity.sharing.crypto.Aead;
import org.onecity.sharing.crypto.KeyRing;
import org.springframework.stereotype.Service;

/**
 * Field encryption of personal data at rest: every value sealed on its own with AES-GCM under the
 * newest data key, bound to its place ({@code table.column#id}); blind indexes (HMAC-SHA256 under
 * a separate key) for exact lookups.
 */
@Service
public class PersonalData {

    private final KeyRing keys;

    PersonalData(KeyRing keys) {
        this.keys = keys;
    }

    /** The context a value in {@code table.column} of row {@code id} is sealed under. */
    public static String context(String table, String column, long id) {
        return table + "." + column + "#" + id;
    }

    /** The sealed form of a value, or null for null. */
    public byte[] seal(String context, String value) {
        if (value == null) {
            return null;
        }
        KeyRing.Current k = keys.current();
        return Aead.seal(k.key(), k.id(), value.getBytes(StandardCharsets.UTF_8), context);
    }

    /** The value of a sealed form, or null for null. Fails when the value was moved or altered. */
    public String open(String context, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        int keyId = Aead.keyId(sealed);
        byte[] plain = keyId == 0 ? java.util.Arrays.copyOfRange(sealed, 1, sealed.length)
                : Aead.open(keys.key(keyId), sealed, context);
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** The keyed hash an exact lookup compares, or null for null or blank. */
    public byte[] blindIndex(BlindIndex kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update((kind.name() + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(kind.normalize(value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when the value is sealed under the newest key (false for legacy plaintext). */
    public boolean isCurrent(byte[] sealed) {
        return sealed == null || Aead.keyId(sealed) == keys.current().id();
    }
}
