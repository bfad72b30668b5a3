package org.onecity.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** At start, a serving node takes up the uploads left queued by a node that stopped before running them. */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class QueuedImportsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QueuedImportsAtStart.class);

    private final Imports imports;

    QueuedImportsAtStart(Imports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        int n = imports.takeUpQueued();
        if (n > 0) {
            log.info("Took up {} queued import run(s) left by a stopped node", n);
        }
    }
}
