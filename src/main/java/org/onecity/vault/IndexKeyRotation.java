package org.onecity.vault;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.onecity.vault.crypto.IndexKeys;
import org.onecity.vault.crypto.Reindex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation of the blind-index (HMAC) key without downtime.
 *
 * <p>Index keys have generations: rows of {@code vault.data_key} with purpose {@code index}, ids
 * taken from the same numbers as field keys (so the two never share one; id 0 is the first
 * generation and stays valid, nothing is re-wrapped), and a state: {@code current}, {@code next}
 * or {@code retired}. A rotation:
 * <ol>
 * <li>{@link #start()} ({@code rotate-index-key}, {@code POST /api/admin/keys/index/rotate}) adds a
 * generation in state {@code next}; starting again while one runs resumes it.</li>
 * <li>Every node reads the generations again every {@code onecity.sharing.key-refresh}. Once it sees
 * the next key it writes every new index value under it ({@link PersonalData#blindIndex}), and its
 * lookups compare with the values under both keys ({@link PersonalData#blindIndexes},
 * {@link PersonKeys#of} give both; callers use {@code = any(?)}), so a value is found whichever key
 * it is under at that moment.</li>
 * <li>The re-index job ({@link Reindex}) waits two key-refresh periods after the next key was added,
 * so no node still writes under the old key, then walks every declared {@link SealedTable} with a
 * blind index column in id order, in batches of {@code rotation-batch-size} rows, one transaction
 * each, claimed with FOR UPDATE SKIP LOCKED; it recomputes each index from the opened sealed value
 * and moves the person keys ({@code email:<hex>}, {@code phone:<hex>}) of declared
 * {@link PersonKeyColumn}s (consent subjects) from the old key's hex to the next key's, and the values of declared {@link IndexColumn}s (index values
 * kept without a sealed value, like the SMS log's) from the old hash to the new one. Progress is kept per table in {@code vault.index_rekey}, so
 * a killed run resumes, and two nodes share the tables. Nodes with jobs on carry the job out in the
 * background; the command runs it in the foreground.</li>
 * <li>When every table is done, in one transaction the next key becomes current and the old one
 * retired: kept wrapped for the record, no longer used by lookups. Nodes that have not refreshed yet
 * still compare with both keys, so nothing is missed at the switch.</li>
 * </ol>
 * A consent subject whose person has no row left in any sealed table (the requests were purged)
 * cannot be re-derived: the hex cannot be inverted. It stays under the old key, is counted in
 * {@link Status#subjectsUnderOldKeys()}, and no longer matches a lookup once that key is retired.
 * Audit entries keep the person keys they were written with (the chain cannot be rewritten);
 * {@link PersonKeys#everyKey} finds them under retired keys too.
 *
 * <p>Limits: the wait assumes every node runs with the same {@code key-refresh} and that no
 * transaction computing an index value lasts longer than one key-refresh. Two nodes that, in the
 * very first key-refresh of a rotation, create the first row for the same new unique index value
 * (an SMS conversation) under different keys would leave two rows the job cannot merge.
 */
@Service
public class IndexKeyRotation {

    private final IndexKeys keys;
    private final Reindex reindex;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final VaultSettings settings;
    private final Clock clock;

    IndexKeyRotation(IndexKeys keys, Reindex reindex, JdbcClient jdbc, PlatformTransactionManager transactions,
                     VaultSettings settings, Clock clock) {
        this.keys = keys;
        this.reindex = reindex;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    /** Re-index progress of one sealed table. */
    public record TableProgress(String table, long rowsSeen, long rowsChanged, long subjectsMoved, boolean done) {
    }

    /**
     * Where the rotation stands.
     *
     * @param phase                {@code idle} (no rotation runs), {@code waiting} (nodes are picking up the
     *                             next key until {@code reindexFrom}) or {@code reindexing}
     * @param tables               progress of the running rotation, else of the last one
     * @param subjectsUnderOldKeys consent subjects still under the current key during a rotation, or left
     *                             under a retired key after one (their person has no sealed row left)
     */
    public record Status(String phase, int currentKeyId, Integer nextKeyId, List<Integer> retiredKeyIds,
                         Instant reindexFrom, List<TableProgress> tables, long subjectsUnderOldKeys) {
    }

    /** Adds the next index key, or finds the one of a rotation already running. */
    public Status start() {
        keys.addNext();
        return status();
    }

    public Status status() {
        IndexKeys.Generations g = keys.refresh();
        Integer next = g.next() == null ? null : g.next().id();
        Instant from = next == null ? null : reindexFrom(next);
        String phase = next == null ? "idle" : clock.instant().isBefore(from) ? "waiting" : "reindexing";
        int of = next != null ? next : g.current().id();
        List<TableProgress> tables = jdbc.sql("""
                select table_name, rows_seen, rows_changed, subjects_moved, done_at is not null
                from vault.index_rekey where key_id = ? order by table_name""").param(of)
                .query((rs, n) -> new TableProgress(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5))).list();
        List<Integer> retired = jdbc.sql("select id from vault.data_key where state = 'retired' order by id")
                .query(Integer.class).list();
        long old = reindex.personKeysNotUnder(next != null ? next : g.current().id());
        return new Status(phase, g.current().id(), next, retired, from, tables, old);
    }

    /**
     * Carries a running rotation on: once the nodes had time to pick up the next key, runs up to
     * {@code maxBatches} re-index batches (all when 0 or less), and makes the next key current when
     * every table is done. Does nothing when no rotation runs or it is still waiting.
     */
    public Status step(int maxBatches) {
        IndexKeys.Generations g = keys.refresh();
        if (g.next() == null || clock.instant().isBefore(reindexFrom(g.next().id()))) {
            return status();
        }
        reindex.run(g.current(), g.next(), settings.rotationBatchSize(), maxBatches);
        List<String> tables = reindex.tableNames();
        tx.executeWithoutResult(s -> {
            long done = jdbc.sql("""
                    select count(*) from vault.index_rekey where key_id = ? and table_name = any(?)
                      and done_at is not null""").params(g.next().id(), tables.toArray(String[]::new))
                    .query(Long.class).single();
            if (done == tables.size()) {
                keys.promote(g.next().id());
            }
        });
        return status();
    }

    /**
     * Runs a rotation to its end in the foreground (the command): waits while nodes pick up the next
     * key or another node holds a table, reporting each status; returns the final one.
     */
    public Status complete(Consumer<Status> progress) throws InterruptedException {
        while (true) {
            Status s = step(0);
            progress.accept(s);
            if (s.phase().equals("idle")) {
                return s;
            }
            Duration pause = s.phase().equals("waiting") ? Duration.between(clock.instant(), s.reindexFrom())
                    : Duration.ofSeconds(1);
            Thread.sleep(Math.max(50, Math.min(pause.toMillis(), 5_000)));
        }
    }

    private Instant reindexFrom(int nextId) {
        Timestamp created = jdbc.sql("select created_at from vault.data_key where id = ?").param(nextId)
                .query(Timestamp.class).single();
        return created.toInstant().plus(settings.keyRefresh().multipliedBy(2));
    }
}
