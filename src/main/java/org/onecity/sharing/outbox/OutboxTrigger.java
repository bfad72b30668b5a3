package org.onecity.sharing.outbox;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs outbox delivery and pruning on every node, unless jobs are off. */
@Component
@ConditionalOnBooleanProperty(name = "onecity.jobs.enabled", matchIfMissing = true)
class OutboxTrigger {

    private final OutboxDelivery delivery;
    private final OutboxPruning pruning;
    private final Clock clock;

    OutboxTrigger(OutboxDelivery delivery, OutboxPruning pruning, Clock clock) {
        this.delivery = delivery;
        this.pruning = pruning;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onecity.sharing.outbox.prune-interval:PT1H}", initialDelayString = "PT1M")
    void prune() {
        pruning.prune(clock.instant());
    }

    @Scheduled(fixedDelayString = "${onecity.sharing.outbox.interval:PT2S}")
    void deliver() {
        delivery.deliverDue(clock.instant());
    }
}
