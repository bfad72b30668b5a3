package org.onecity.sharing.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.onecity.sharing.SharingSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes events older than {@code onecity.sharing.outbox.retention} whose every delivery succeeded
 * (or that had no destination), with their deliveries, batch by batch. Events are claimed with FOR
 * UPDATE SKIP LOCKED, so nodes prune side by side and an event being worked on is left for later.
 * An event still pending or dead-lettered anywhere is never pruned.
 */
@Service
public class OutboxPruning {

    private static final String CLAIM = """
            select o.id from sharing.outbox o
            where o.created_at < ? and not exists (select 1 from sharing.delivery d
                where d.outbox_id = o.id and d.status <> 'delivered')
            order by o.id limit ? for update of o skip locked""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SharingSettings settings;

    OutboxPruning(JdbcClient jdbc, PlatformTransactionManager transactions, SharingSettings settings) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    /** Prunes everything due at {@code now}; returns the events deleted. */
    public long prune(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(settings.outbox().retention()));
        long total = 0;
        int deleted;
        do {
            Integer n = tx.execute(s -> batch(cutoff));
            deleted = n == null ? 0 : n;
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    private int batch(Timestamp cutoff) {
        List<Long> ids = jdbc.sql(CLAIM).params(cutoff, settings.outbox().pruneBatchSize()).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        Long[] array = ids.toArray(Long[]::new);
        jdbc.sql("delete from sharing.delivery where outbox_id = any(?) and status = 'delivered'").param(array).update();
        // A delivery set back to pending (redelivery) between the claim and now keeps its event.
        return jdbc.sql("""
                delete from sharing.outbox o where o.id = any(?)
                  and not exists (select 1 from sharing.delivery d where d.outbox_id = o.id)""").param(array).update();
    }
}
