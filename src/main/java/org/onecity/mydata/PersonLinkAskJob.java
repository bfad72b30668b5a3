package org.onecity.mydata;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers queued registry link asks every few seconds (at the mail job's pace,
 * {@code onecity.mail.interval}) on every node, unless jobs are off.
 */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class PersonLinkAskJob {

    private final PersonMyData myData;

    PersonLinkAskJob(PersonMyData myData) {
        this.myData = myData;
    }

    @Scheduled(fixedDelayString = "${onecity.mail.interval:PT5S}")
    void run() {
        myData.answerQueued(20);
    }
}
