package org.onecity.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.onecity.platform.OneCitySettings;
import org.onecity.testing.TestDatabase;
import org.onecity.testing.UpgradeDatabase;
import org.onecity.vault.VaultSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Data keys wrapped while they lived in schema sharing still unwrap after the migration moved them
 * to schema vault (their wrapping context names no schema), and the values sealed under them open.
 */
class VaultUpgradeIT {

    /** The migration that moves the vault's tables. */
    static final String THE_MOVE = "20261207.1001";

    @Test
    void dataKeysWrappedBeforeTheMoveStillOpenTheirValues() {
        SecretKey master = new SecretKeySpec(Base64.getDecoder().decode(TestDatabase.MASTER_KEY), "AES");
        byte[] field = "a field key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
        byte[] index = "an index key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = Aead.seal(new SecretKeySpec(field, "AES"), 1,
                "Zebulon".getBytes(StandardCharsets.UTF_8), "requests.requester.first_name#7");
        try (UpgradeDatabase db = UpgradeDatabase.migratedUpTo(THE_MOVE)) {
            JdbcClient jdbc = db.jdbc();
            insertInSharing(jdbc, master, 0, "index", "current", index);
            insertInSharing(jdbc, master, 1, "field", null, field);
            jdbc.sql("insert into sharing.index_rekey (key_id, table_name, started_at) values (0, 'requests.requester', ?)")
                    .param(Timestamp.from(Instant.now())).update();

            db.migrate();

            assertThat(jdbc.sql("select to_regclass('sharing.data_key') is null and to_regclass('sharing.index_rekey')"
                    + " is null").query(Boolean.class).single()).isTrue();
            KeyRing ring = new KeyRing(jdbc, new DataSourceTransactionManager(db.dataSource()),
                    new VaultSettings(TestDatabase.MASTER_KEY, null, Duration.ofSeconds(30), 500),
                    new OneCitySettings(Path.of("target"), false, ZoneId.of("America/New_York")), Clock.systemUTC());
            ring.init();
            assertThat(ring.current().id()).isEqualTo(1);
            assertThat(ring.key(0).getEncoded()).isEqualTo(index);
            assertThat(new String(Aead.open(ring.key(1), sealed, "requests.requester.first_name#7"),
                    StandardCharsets.UTF_8)).isEqualTo("Zebulon");
            assertThat(jdbc.sql("select table_name from vault.index_rekey where key_id = 0").query(String.class)
                    .single()).isEqualTo("requests.requester");
        }
    }

    /** A data key as the key ring wrote it before the move: into sharing.data_key. */
    private static void insertInSharing(JdbcClient jdbc, SecretKey master, int id, String purpose, String state,
                                        byte[] raw) {
        jdbc.sql("""
                insert into sharing.data_key (id, purpose, master_key_id, wrapped, created_at, state)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, purpose, KeyRing.fingerprint(master),
                        Aead.seal(master, id, raw, "onecity-data-key:" + purpose + ":" + id),
                        Timestamp.from(Instant.now()), state)
                .update();
    }
}
