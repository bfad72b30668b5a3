package org.onecity.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the escalation job on this node every {@code onecity.sla.escalation-interval}, unless jobs are off. */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class EscalationTrigger {

    private static final Logger log = LoggerFactory.getLogger(EscalationTrigger.class);

    private final Escalations escalations;

    EscalationTrigger(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(fixedDelayString = "${onecity.sla.escalation-interval:PT1M}")
    void run() {
        int made = escalations.escalateOverdue();
        if (made > 0) {
            log.info("Escalated {} overdue request level(s)", made);
        }
    }
}
