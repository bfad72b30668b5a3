package org.onecity.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.AuditVerification;
import org.onecity.cli.OneCityCommandLine;
import org.onecity.testing.UpgradeDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A chain written while the audit lived in schema sharing still verifies after the migration moved it
 * to schema audit, through the {@code verify-audit} command (which migrates first) and the chain itself,
 * which still finds an entry altered after the move.
 */
class AuditUpgradeIT {

    /** The migration that moves the audit's tables. */
    static final String THE_MOVE = "20261207.1002";

    @Test
    void aChainWrittenBeforeTheMoveStillVerifiesAfterIt() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "audit-upgrade-");
        try (UpgradeDatabase db = UpgradeDatabase.migratedUpTo(THE_MOVE)) {
            JdbcClient jdbc = db.jdbc();
            String prev = AuditHash.GENESIS;
            Instant at = AuditHash.stored(Instant.parse("2026-11-30T14:15:16.123456Z"));
            for (long seq = 1; seq <= 3; seq++) {
                prev = appendInSharing(jdbc, seq, at.plusSeconds(seq), prev);
            }

            assertThat(verifyAudit(db, dataDir)).as("verify-audit migrates, then checks the moved chain").isZero();
            assertThat(jdbc.sql("select to_regclass('sharing.audit_entry') is null").query(Boolean.class).single())
                    .isTrue();
            AuditVerification v = chain(jdbc, dataDir).verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(3);

            jdbc.sql("alter table audit.audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("update audit.audit_entry set purpose = 'curiosity' where seq = 2").update();
            assertThat(chain(jdbc, dataDir).verify().firstBad()).as("an entry altered after the move").isEqualTo(2);
        }
    }

    /** One entry as the audit wrote it before the move: into sharing.audit_entry, with the head. */
    private static String appendInSharing(JdbcClient jdbc, long seq, Instant at, String prev) {
        AccessRecord r = new AccessRecord("dsny.staff", "staff", null, "DSNY", "case_work", "311-" + seq, "read",
                "requests.requester", "311-" + seq, List.of("email", "phone"), "granted", null);
        String hash = AuditHash.of(seq, at, r, prev);
        jdbc.sql("""
                insert into sharing.audit_entry (seq, at, actor, actor_kind, system_code, agency_code, purpose, case_ref,
                    action, dataset, subject, fields, decision, reason, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), r.actor(), r.actorKind(), r.system(), r.agency(), r.purpose(),
                        r.caseRef(), r.action(), r.dataset(), r.subject(), r.fields().toArray(String[]::new),
                        r.decision(), r.reason(), prev, hash)
                .update();
        jdbc.sql("update sharing.audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
        return hash;
    }

    private static AuditChain chain(JdbcClient jdbc, Path dataDir) {
        var settings = new AuditAnchorSettings(dataDir.resolve("audit").resolve("anchors.tsv"), Duration.ofMinutes(1));
        return new AuditChain(jdbc, Clock.systemUTC(), new AuditAnchors(jdbc, Clock.systemUTC(), settings, null));
    }

    private static int verifyAudit(UpgradeDatabase db, Path dataDir) {
        return OneCityCommandLine.run(OneCityApplication.class, "verify-audit", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=postgres", "--onecity.demo=false", "--onecity.data-dir=" + dataDir);
    }
}
