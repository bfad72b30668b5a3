package org.onecity.vault.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.onecity.platform.OneCitySettings;
import org.onecity.vault.VaultSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data keys (envelope encryption): random AES keys stored in {@code vault.data_key} wrapped by
 * the master key. New values are sealed with the newest field key; every node looks for a newer one
 * every {@code key-refresh}, and opens values under any older key, so rotation needs no downtime.
 * The blind-index keys live in the same table (purpose {@code index}); {@link IndexKeys} tracks
 * which of them is current.
 */
@Component
public class KeyRing {

    public static final int INDEX_KEY_ID = 0;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final VaultSettings settings;
    private final OneCitySettings onecity;
    private final Clock clock;
    private final Map<Integer, SecretKey> keys = new ConcurrentHashMap<>();
    private volatile SecretKey master;
    private volatile String masterId;
    private volatile int current;
    private volatile Instant checkedAt = Instant.MIN;

    KeyRing(JdbcClient jdbc, PlatformTransactionManager transactions, VaultSettings settings,
            OneCitySettings onecity, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.onecity = onecity;
        this.clock = clock;
    }

    public record Current(int id, SecretKey key) {
    }

    /** The key new values are sealed with. */
    public Current current() {
        init();
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(settings.keyRefresh())) || current == 0) {
            current = jdbc.sql("select max(id) from vault.data_key where purpose = 'field'").query(Integer.class)
                    .single();
            checkedAt = now;
        }
        int id = current;
        return new Current(id, key(id));
    }

    public SecretKey key(int id) {
        init();
        return keys.computeIfAbsent(id, this::unwrap);
    }

    /** Adds a field key newer than every other and makes it current on this node at once. */
    public int addFieldKey() {
        init();
        Integer id = tx.execute(s -> {
            jdbc.sql("lock table vault.data_key in share row exclusive mode").update();
            int next = jdbc.sql("select coalesce(max(id), 0) + 1 from vault.data_key").query(Integer.class).single();
            insert(next, "field", null);
            return next;
        });
        current = id;
        checkedAt = clock.instant();
        return id;
    }

    /**
     * Wraps every data key under a new master key, in one transaction, and switches this node to it.
     * The data keys themselves do not change, so no value is re-encrypted; other nodes keep serving
     * with the keys they unwrapped at start until they are restarted with the new master key.
     * Returns the number of data keys re-wrapped.
     */
    public synchronized int rewrap(SecretKey newMaster) {
        init();
        String newId = fingerprint(newMaster);
        Integer count = tx.execute(s -> {
            jdbc.sql("lock table vault.data_key in exclusive mode").update();
            record Row(int id, String purpose, byte[] wrapped) {
            }
            var rows = jdbc.sql("select id, purpose, wrapped from vault.data_key order by id")
                    .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getBytes(3))).list();
            for (Row r : rows) {
                String context = "onecity-data-key:" + r.purpose() + ":" + r.id();
                byte[] raw = Aead.open(master, r.wrapped(), context);
                jdbc.sql("update vault.data_key set wrapped = ?, master_key_id = ? where id = ?")
                        .params(Aead.seal(newMaster, r.id(), raw, context), newId, r.id()).update();
            }
            return rows.size();
        });
        master = newMaster;
        masterId = newId;
        keys.clear();
        unwrapAll();
        return count == null ? 0 : count;
    }

    /** The id (fingerprint) of the master key this node uses. */
    public String masterKeyId() {
        init();
        return masterId;
    }

    /** Loads the master key and creates the first keys of a new database; fails on a wrong master key. */
    public synchronized void init() {
        if (master != null) {
            return;
        }
        SecretKey m = MasterKeySource.load(settings, onecity);
        String id = fingerprint(m);
        var other = jdbc.sql("select distinct master_key_id from vault.data_key where master_key_id <> ?")
                .param(id).query(String.class).list();
        if (!other.isEmpty()) {
            throw new IllegalStateException("The master key (id " + id + ") is not the one that wrapped this "
                    + "database's data keys (id " + other.get(0) + "): give the right key through "
                    + "onecity.sharing.master-key or the key file.");
        }
        master = m;
        masterId = id;
        tx.executeWithoutResult(s -> {
            jdbc.sql("lock table vault.data_key in share row exclusive mode").update();
            if (jdbc.sql("select count(*) from vault.data_key").query(Integer.class).single() == 0) {
                insert(INDEX_KEY_ID, "index", "current");
                insert(1, "field", null);
            }
        });
        unwrapAll();
    }

    /** Unwraps every data key now, so this node keeps working if the keys are re-wrapped under a new master. */
    private void unwrapAll() {
        for (int id : jdbc.sql("select id from vault.data_key").query(Integer.class).list()) {
            keys.computeIfAbsent(id, this::unwrap);
        }
    }

    /** Inserts a new random data key wrapped by the master key; the caller holds the table lock. */
    void insert(int id, String purpose, String state) {
        init();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        byte[] wrapped = Aead.seal(master, id, raw, "onecity-data-key:" + purpose + ":" + id);
        jdbc.sql("""
                insert into vault.data_key (id, purpose, master_key_id, wrapped, created_at, state)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, purpose, masterId, wrapped, Timestamp.from(clock.instant()), state).update();
    }

    private SecretKey unwrap(int id) {
        record Row(String purpose, byte[] wrapped) {
        }
        Row row = jdbc.sql("select purpose, wrapped from vault.data_key where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new IllegalStateException("no data key " + id));
        byte[] raw = Aead.open(master, row.wrapped(), "onecity-data-key:" + row.purpose() + ":" + id);
        return new SecretKeySpec(raw, row.purpose().equals("index") ? "HmacSHA256" : "AES");
    }

    static String fingerprint(SecretKey key) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update("onecity-master-key-id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d.digest(key.getEncoded()), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
