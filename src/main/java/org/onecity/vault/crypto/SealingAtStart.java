package org.onecity.vault.crypto;

import org.onecity.vault.VaultSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: checks the master key against the database (failing fast on a wrong one), creates the
 * first data keys of a new database, and seals any personal data a migration left in plaintext.
 */
@Component
@Order(1)
class SealingAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealingAtStart.class);

    private final KeyRing keys;
    private final Reseal reseal;
    private final VaultSettings settings;

    SealingAtStart(KeyRing keys, Reseal reseal, VaultSettings settings) {
        this.keys = keys;
        this.reseal = reseal;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        keys.init();
        long n = reseal.run(settings.rotationBatchSize(), true);
        if (n > 0) {
            log.info("Sealed {} rows of personal data left in plaintext by a migration", n);
        }
    }
}
