package org.onecity.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the mail sender every few seconds on every node (unless jobs are off). */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class OutboxJob {

    private final OutboxSender sender;

    OutboxJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${onecity.mail.interval:PT5S}")
    void run() {
        sender.drain(10);
    }
}
