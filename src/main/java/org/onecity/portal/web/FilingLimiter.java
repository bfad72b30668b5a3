package org.onecity.portal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rate limit on anonymous filing, per client address, across the whole cluster: at most
 * {@code onecity.portal.filings-per-hour} (default 20) filings in any hour (a sliding window),
 * counted in {@code portal.filing_attempt}. A transaction-scoped advisory lock on the address makes
 * "count, then record" atomic across nodes; each call prunes the address's expired rows, and every
 * {@value #PRUNE_EVERY}th call on a node prunes the whole table.
 */
@Component
class FilingLimiter {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int PRUNE_EVERY = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final int limit;
    private final Clock clock;
    private final AtomicLong calls = new AtomicLong();

    FilingLimiter(JdbcClient jdbc, PlatformTransactionManager transactions,
                  @Value("${onecity.portal.filings-per-hour:20}") int limit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.limit = limit;
        this.clock = clock;
    }

    /** True (and counted) when the address may file now. */
    boolean tryAcquire(String address) {
        String a = address == null ? "" : address.length() > 100 ? address.substring(0, 100) : address;
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        Boolean allowed = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.filing'), hashtext(?))").param(a)
                    .query((rs, n) -> 1).list();
            jdbc.sql("delete from portal.filing_attempt where address = ? and at <= ?").params(a, since).update();
            int recent = jdbc.sql("select count(*) from portal.filing_attempt where address = ? and at > ? and at <= ?")
                    .params(a, since, Timestamp.from(now)).query(Integer.class).single();
            if (recent >= limit) {
                return false;
            }
            jdbc.sql("insert into portal.filing_attempt (address, at) values (?, ?)").params(a, Timestamp.from(now)).update();
            return true;
        });
        if (calls.incrementAndGet() % PRUNE_EVERY == 0) {
            jdbc.sql("delete from portal.filing_attempt where at <= ?").param(since).update();
        }
        return Boolean.TRUE.equals(allowed);
    }
}
