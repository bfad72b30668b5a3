package org.onecity.sharing;

import org.onecity.sharing.crypto.KeyRing;
import org.onecity.sharing.crypto.Reseal;
import org.springframework.stereotype.Service;

/** Key rotation without downtime: a new data key for new writes, then old rows re-encrypted in batches. */
@Service
public class KeyRotation {

    private final KeyRing keys;
    private final Reseal reseal;
    private final SharingSettings settings;

    KeyRotation(KeyRing keys, Reseal reseal, SharingSettings settings) {
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

    /** Re-encrypts rows not yet under the newest key, without adding one. */
    public long resealStale() {
        return reseal.run(settings.rotationBatchSize(), false);
    }
}
