package org.onecity.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.EscalationLevel;
import org.onecity.requests.RequestCoordination;
import org.onecity.sla.EscalationPolicy.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation job: moves every overdue request up its agency's chain of command. Safe on
 * every node at once: a batch claims its clocks with {@code FOR UPDATE SKIP LOCKED} and writes the
 * request's escalation and the clock's new level in the same transaction, so each level is
 * reached exactly once.
 */
@Service
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final ClockRepository clocks;
    private final RequestCoordination requests;
    private final Catalog catalog;
    private final SlaSettings settings;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate rowSavepoint;

    Escalations(ClockRepository clocks, RequestCoordination requests, Catalog catalog, SlaSettings settings,
                Clock clock, PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.requests = requests;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rowSavepoint = new TransactionTemplate(transactions);
        this.rowSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private record Batch(int claimed, int escalations) {
    }

    /**
     * Escalates every request whose next level is due, batch after batch until none is left.
     * A request that missed several levels passes each of them, in order, in one run. A clock
     * that fails keeps its attempts and error and is tried again later; the others go on.
     *
     * @return how many escalations this run made
     */
    public int escalateOverdue() {
        int made = 0;
        Batch batch;
        do {
            batch = batchTransaction.execute(s -> batch(clock.instant()));
            made += batch.escalations();
        } while (batch.claimed() == settings.batchSize());
        return made;
    }

    private Batch batch(Instant now) {
        clocks.yieldToRequestChanges();
        List<ClockRow> due = clocks.claimDue(now, settings.batchSize());
        int made = 0;
        for (ClockRow row : due) {
            try {
                Integer n = rowSavepoint.execute(s -> climb(row, now));
                made += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Could not escalate request {} (attempt {}): {}", row.number(), row.attempts() + 1,
                        e.toString());
                clocks.failed(row.number(), e.toString(), EscalationPolicy.retryAt(now, row.attempts() + 1), now);
            }
        }
        return new Batch(due.size(), made);
    }

    /** Takes one clock up every level that is due by {@code now}; the chain is read as it is today. */
    private int climb(ClockRow row, Instant now) {
        List<EscalationLevel> chain = catalog.agency(row.agencyCode()).map(Agency::escalationChain)
                .orElse(List.of());
        int level = row.level();
        int made = 0;
        Optional<Step> next = EscalationPolicy.next(chain, level, row.dueAt());
        while (next.isPresent() && next.get().dueBy(now)) {
            EscalationLevel to = next.get().level();
            if (requests.escalate(row.number(), to.level(), to.role(), to.title().english())) {
                made++;
            }
            level = to.level();
            next = EscalationPolicy.next(chain, level, row.dueAt());
        }
        clocks.advance(row.number(), level, next, now);
        return made;
    }
}
