package org.onecity.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * reached exactly once. Counts its outcomes in {@code onecity.sla.escalations}: {@code escalated},
 * {@code already_done} (a level the request already had: should stay at zero) and {@code failed}.
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
    private final Counter escalated;
    private final Counter alreadyDone;
    private final Counter failed;

    Escalations(ClockRepository clocks, RequestCoordination requests, Catalog catalog, SlaSettings settings,
                Clock clock, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.clocks = clocks;
        this.requests = requests;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rowSavepoint = new TransactionTemplate(transactions);
        this.rowSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.escalated = counter(meters, "escalated");
        this.alreadyDone = counter(meters, "already_done");
        this.failed = counter(meters, "failed");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("onecity.sla.escalations").tag("outcome", outcome)
                .description("Levels the escalation job moved overdue requests to, by outcome").register(meters);
    }

    private record Batch(int claimed, int escalations) {
    }

    private record Climb(int escalated, int alreadyDone) {
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
                Climb c = rowSavepoint.execute(s -> climb(row, now));
                made += c.escalated();
                escalated.increment(c.escalated());
                alreadyDone.increment(c.alreadyDone());
            } catch (RuntimeException e) {
                failed.increment();
                log.warn("Could not escalate request {} (attempt {}): {}", row.number(), row.attempts() + 1,
                        e.toString());
                clocks.failed(row.number(), e.toString(), EscalationPolicy.retryAt(now, row.attempts() + 1), now);
            }
        }
        return new Batch(due.size(), made);
    }

    /** Takes one clock up every level that is due by {@code now}; the chain is read as it is today. */
    private Climb climb(ClockRow row, Instant now) {
        List<EscalationLevel> chain = catalog.agency(row.agencyCode()).map(Agency::escalationChain)
                .orElse(List.of());
        int level = row.level();
        int made = 0;
        int already = 0;
        Optional<Step> next = EscalationPolicy.next(chain, level, row.dueAt());
        while (next.isPresent() && next.get().dueBy(now)) {
            EscalationLevel to = next.get().level();
            if (requests.escalate(row.number(), to.level(), to.role(), to.title().english())) {
                made++;
            } else {
                already++;
            }
            level = to.level();
            next = EscalationPolicy.next(chain, level, row.dueAt());
        }
        clocks.advance(row.number(), level, next, now);
        return new Climb(made, already);
    }
}
