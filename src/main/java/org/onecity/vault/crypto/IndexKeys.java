package org.onecity.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.VaultSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generations of the blind-index (HMAC) key as this node sees them: the current one and, while
 * a rotation runs, the next one. A node reads them again every {@code key-refresh}, measured on the
 * monotonic clock (a test clock that stands still must not keep a node on an old generation).
 */
@Component
public class IndexKeys {

    private final KeyRing ring;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final VaultSettings settings;
    private volatile Generations cached;
    private volatile long checkedAt;

    IndexKeys(KeyRing ring, JdbcClient jdbc, PlatformTransactionManager transactions, VaultSettings settings) {
        this.ring = ring;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
    }

    public record Generation(int id, SecretKey key) {
    }

    /**
     * The current generation, the next one (null when no rotation runs) and the retired ones (kept
     * for finding audit entries written with person keys under them; never for lookups).
     */
    public record Generations(Generation current, Generation next, List<Generation> retired) {

        /** The generation new index values are written under: the next one once a rotation started. */
        public Generation write() {
            return next != null ? next : current;
        }

        /** The generations a lookup compares with, the one written under first. */
        public List<Generation> lookup() {
            return next == null ? List.of(current) : List.of(next, current);
        }
    }

    public Generations generations() {
        Generations g = cached;
        long now = System.nanoTime();
        if (g == null || now - checkedAt >= settings.keyRefresh().toNanos()) {
            g = load();
            cached = g;
            checkedAt = now;
        }
        return g;
    }

    /** Reads the generations again now (after this node changed them). */
    public Generations refresh() {
        cached = null;
        return generations();
    }

    /**
     * Adds a new index key in state {@code next}, or returns the one already there: a rotation in
     * progress is resumed, never doubled.
     */
    public int addNext() {
        ring.init();
        Integer id = tx.execute(s -> {
            jdbc.sql("lock table vault.data_key in share row exclusive mode").update();
            var existing = jdbc.sql("select id from vault.data_key where purpose = 'index' and state = 'next'")
                    .query(Integer.class).optional();
            if (existing.isPresent()) {
                return existing.get();
            }
            int next = jdbc.sql("select coalesce(max(id), 0) + 1 from vault.data_key").query(Integer.class).single();
            ring.insert(next, "index", "next");
            return next;
        });
        refresh();
        return id;
    }

    /** Makes the next key current and retires the current one, in the caller's transaction; false if already done. */
    public boolean promote(int nextId) {
        jdbc.sql("lock table vault.data_key in share row exclusive mode").update();
        boolean still = jdbc.sql("select count(*) from vault.data_key where id = ? and state = 'next'").param(nextId)
                .query(Integer.class).single() == 1;
        if (still) {
            jdbc.sql("update vault.data_key set state = 'retired' where purpose = 'index' and state = 'current'")
                    .update();
            jdbc.sql("update vault.data_key set state = 'current' where id = ?").param(nextId).update();
        }
        return still;
    }

    /** The keyed hash of a value under one index key, over the normalized value prefixed by its kind. */
    public static byte[] hash(SecretKey key, BlindIndex kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((kind.name() + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(kind.normalize(value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private Generations load() {
        ring.init();
        record Row(int id, String state) {
        }
        var rows = jdbc.sql("select id, state from vault.data_key where purpose = 'index' order by id desc")
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2))).list();
        Generation current = null;
        Generation next = null;
        List<Generation> retired = new java.util.ArrayList<>();
        for (Row r : rows) {
            Generation g = new Generation(r.id(), ring.key(r.id()));
            switch (r.state()) {
                case "current" -> current = g;
                case "next" -> next = g;
                default -> retired.add(g);
            }
        }
        if (current == null) {
            throw new IllegalStateException("no current blind-index key in vault.data_key");
        }
        return new Generations(current, next, List.copyOf(retired));
    }
}
