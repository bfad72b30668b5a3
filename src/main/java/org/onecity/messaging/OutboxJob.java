package org.onecity.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Answers queued registry link asks and runs the mail sender, every few seconds on every node (unless jobs are off). */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class OutboxJob {

    private final OutboxSender sender;
    private final PersonMyData myData;

    OutboxJob(OutboxSender sender, PersonMyData myData) {
        this.sender = sender;
        this.myData = myData;
    }

    @Scheduled(fixedDelayString = "${onecity.mail.interval:PT5S}")
    void run() {
        myData.answerQueued(20);
        sender.drain(10);
    }
}
