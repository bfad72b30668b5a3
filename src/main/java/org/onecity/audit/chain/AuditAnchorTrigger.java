package org.onecity.audit.chain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Copies the audit chain's head outside the database on every node, unless jobs are off. */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class AuditAnchorTrigger {

    private final AuditAnchors anchors;

    AuditAnchorTrigger(AuditAnchors anchors) {
        this.anchors = anchors;
    }

    @Scheduled(fixedDelayString = "${onecity.sharing.audit-anchor.interval:PT1M}", initialDelayString = "PT10S")
    void anchor() {
        anchors.anchor();
    }
}
