package org.onecity.sla;

import java.time.Instant;

/**
 * Where a request stands against its due date.
 *
 * @param level            the highest level of the chain of command it has gone to (0: none)
 * @param nextLevel        the level it goes to next, or null when the chain is done or the clock stopped
 * @param nextEscalationAt when it goes there (or when a failed escalation is tried again)
 * @param stoppedAt        when the request closed; null while it is open
 * @param overdue          open and past its due date
 */
public record SlaStatus(String number, String agencyCode, String serviceCode, Instant dueAt, int level,
                        Integer nextLevel, Instant nextEscalationAt, Instant stoppedAt, boolean overdue) {

    public boolean running() {
        return stoppedAt == null;
    }
}
