package org.onecity.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onecity.catalog.EscalationLevel;
import org.onecity.platform.Backoff;

/** Where an overdue request goes next on its agency's chain of command, and when. */
final class EscalationPolicy {

    static final Backoff RETRY = Backoff.doubling(Duration.ofMinutes(1), Duration.ofHours(1));

    private EscalationPolicy() {
    }

    /** The next level of a chain, and the time it is due. */
    record Step(EscalationLevel level, Instant at) {

        boolean dueBy(Instant now) {
            return !at.isAfter(now);
        }
    }

    /**
     * The lowest level of the chain above {@code current}, due its delay after the request's due
     * date; empty when the chain has nothing higher.
     */
    static Optional<Step> next(List<EscalationLevel> chain, int current, Instant due) {
        return chain.stream()
                .filter(l -> l.level() > current)
                .min(Comparator.comparingInt(EscalationLevel::level))
                .map(l -> new Step(l, due.plus(Duration.ofHours(l.delayHours()))));
    }

    /** When to try a clock again after its {@code attempts}-th failure: 1, 2, 4 … minutes, at most an hour. */
    static Instant retryAt(Instant now, int attempts) {
        return RETRY.retryAt(now, attempts);
    }
}
