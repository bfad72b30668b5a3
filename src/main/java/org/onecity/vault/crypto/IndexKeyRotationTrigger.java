package org.onecity.vault.crypto;

import org.onecity.vault.IndexKeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries a running index-key rotation on from every node, unless jobs are off: when this node sees
 * a next index key (it reads them every {@code key-refresh}), it runs re-index batches (sharing the
 * tables with the other nodes) and makes the next key current when every table is done.
 */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class IndexKeyRotationTrigger {

    private static final Logger log = LoggerFactory.getLogger(IndexKeyRotationTrigger.class);

    private final IndexKeys keys;
    private final IndexKeyRotation rotation;

    IndexKeyRotationTrigger(IndexKeys keys, IndexKeyRotation rotation) {
        this.keys = keys;
        this.rotation = rotation;
    }

    /** Every 5 s: cheap, the generations are read from the database only every key-refresh. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT10S")
    void carryOn() {
        if (keys.generations().next() == null) {
            return;
        }
        var s = rotation.step(0);
        if (s.phase().equals("idle")) {
            log.info("Index key {} is current; re-indexed {}; consent subjects left under retired keys: {}",
                    s.currentKeyId(), s.tables(), s.subjectsUnderOldKeys());
        }
    }
}
