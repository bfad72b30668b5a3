package org.onecity.vault.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM from the JDK. A sealed value is {@code [1][key id: 4][iv: 12][ciphertext + tag: 16]};
 * the context (table, column, row) is bound as associated data, so a value copied to another row or
 * column no longer opens. {@code [0][utf-8]} marks a legacy plaintext value awaiting re-encryption.
 */
public final class Aead {

    public static final byte SEALED = 1;
    public static final byte LEGACY_PLAINTEXT = 0;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    public static byte[] seal(SecretKey key, int keyId, byte[] plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext);
            return ByteBuffer.allocate(1 + 4 + IV_BYTES + ct.length).put(SEALED).putInt(keyId).put(iv).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The key id a sealed value names; 0 for a legacy plaintext value. */
    public static int keyId(byte[] sealed) {
        if (sealed.length < 1 + 4 + IV_BYTES + TAG_BITS / 8 || sealed[0] != SEALED) {
            if (sealed.length > 0 && sealed[0] == LEGACY_PLAINTEXT) {
                return 0;
            }
            throw new IllegalArgumentException("not a sealed value");
        }
        return ByteBuffer.wrap(sealed, 1, 4).getInt();
    }

    public static byte[] open(SecretKey key, byte[] sealed, String context) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 5, IV_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, 5 + IV_BYTES, sealed.length - 5 - IV_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a sealed value failed its integrity check (" + context + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
