package org.onecity.vault;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onecity.vault.crypto.Aead;
import org.onecity.vault.crypto.IndexKeys;
import org.onecity.vault.crypto.KeyRing;
import org.springframework.stereotype.Service;

/**
 * Field encryption of personal data at rest: every value sealed on its own with AES-GCM under the
 * newest data key, bound to its place ({@code table.column#id}); blind indexes (HMAC-SHA256 under
 * a separate key) for exact lookups. While the index key is being rotated ({@link IndexKeyRotation})
 * new index values are written under the next key and lookups compare with {@link #blindIndexes}.
 */
@Service
public class PersonalData {

    private final KeyRing keys;
    private final IndexKeys indexKeys;

    PersonalData(KeyRing keys, IndexKeys indexKeys) {
        this.keys = keys;
        this.indexKeys = indexKeys;
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

    /**
     * The keyed hash to store for a value, under the index key new values are written with; null for
     * null or blank. Lookups compare with {@link #blindIndexes}, never with this alone.
     */
    public byte[] blindIndex(BlindIndex kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return IndexKeys.hash(indexKeys.generations().write().key(), kind, value);
    }

    /**
     * The keyed hashes an exact lookup compares stored values with ({@code column = any(?)}): under
     * the index key new values are written with first, then, while a rotation runs, under the current
     * one. Empty for null or blank.
     */
    public List<byte[]> blindIndexes(BlindIndex kind, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return indexKeys.generations().lookup().stream().map(g -> IndexKeys.hash(g.key(), kind, value)).toList();
    }

    /** The id of the index key new index values are written under (for {@link PersonKeys#indexKeyOf}). */
    int writeIndexKeyId() {
        return indexKeys.generations().write().id();
    }

    /** The retired index keys, newest first (for {@link PersonKeys#everyKey}). */
    List<IndexKeys.Generation> retiredIndexKeys() {
        return indexKeys.generations().retired();
    }

    /** True when the value is sealed under the newest key (false for legacy plaintext). */
    public boolean isCurrent(byte[] sealed) {
        return sealed == null || Aead.keyId(sealed) == keys.current().id();
    }
}
