package org.onecity.vault;

import javax.crypto.SecretKey;
import org.onecity.vault.crypto.KeyRing;
import org.onecity.vault.crypto.MasterKeySource;
import org.onecity.vault.crypto.Reseal;
import org.springframework.stereotype.Service;

/** Key rotation without downtime: a new data key for new writes, then old rows re-encrypted in batches. */
@Service
public class KeyRotation {

    private final KeyRing keys;
    private final Reseal reseal;
    private final VaultSettings settings;

    KeyRotation(KeyRing keys, Reseal reseal, VaultSettings settings) {
        this.keys = keys;
        this.reseal = reseal;
        this.settings = settings;
    }

    public record Rotated(int keyId, long rows) {
    }

    /** Adds a new data key and re-encrypts every row under an older one (run again to catch stragglers). */
    public Rotated rotate() {
        int id = keys.addFieldKey();
        return new Rotated(id, reseal.run(settings.rotationBatchSize(), false));
    }

    public record Rewrapped(int dataKeys, String oldMasterKeyId, String newMasterKeyId) {
    }

    /**
     * Re-wraps every data key under a new master key (base64 of 32 bytes). Afterwards every node must
     * be given the new key (property, environment or key file) before its next start.
     */
    public Rewrapped rewrapMasterKey(String newMasterKeyBase64) {
        SecretKey next = MasterKeySource.decode(newMasterKeyBase64.strip(), "the new master key");
        String old = keys.masterKeyId();
        int n = keys.rewrap(next);
        return new Rewrapped(n, old, keys.masterKeyId());
    }

    /** Re-encrypts rows not yet under the newest key, without adding one. */
    public long resealStale() {
        return reseal.run(settings.rotationBatchSize(), false);
    }
}
