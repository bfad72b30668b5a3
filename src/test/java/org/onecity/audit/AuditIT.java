package org.onecity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.audit.chain.AuditAnchors;
import org.onecity.cli.OneCityCommandLine;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff reads of requester details are audited; tampering with the chain in SQL is detected. */
class AuditIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;
    @Autowired
    AuditAnchors anchors;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void protectionBackOn() {
        jdbc.sql("alter table audit.audit_entry enable trigger audit_entry_append_only").update();
    }

    private long append(String subject) {
        return audit.record(new AccessRecord("tester", "staff", null, "DSNY", "testing", subject, "read",
                "requests.requester", subject, List.of("email"), "granted", null));
    }

    private void unprotected(String sql, Object... params) {
        jdbc.sql("alter table audit.audit_entry disable trigger audit_entry_append_only").update();
        jdbc.sql(sql).params(params).update();
        jdbc.sql("alter table audit.audit_entry enable trigger audit_entry_append_only").update();
    }

    private void headUnprotected(String sql, Object... params) {
        jdbc.sql("alter table audit.audit_head disable trigger audit_head_forward").update();
        try {
            jdbc.sql(sql).params(params).update();
        } finally {
            jdbc.sql("alter table audit.audit_head enable trigger audit_head_forward").update();
        }
    }

    private void swap(long a, long b) {
        long away = 1_000_000_000_000L;
        unprotected("update audit.audit_entry set seq = seq + ? where seq in (?, ?)", away, a, b);
        unprotected("update audit.audit_entry set seq = case seq when ? then ? else ? end where seq in (?, ?)",
                a + away, b, a, a + away, b + away);
    }

    @Test
    void everyStaffReadOfRequesterDetailsIsInTheChain() {
        String number = SharingFixtures.file(http, Person.unique(), 40.6650, -73.9350);
        var read = http.json("GET", "/api/staff/requests/" + number, null, "dsny.staff", SharingFixtures.PW);
        assertThat(read.statusCode()).isEqualTo(200);
        Map<String, Object> entry = jdbc.sql("""
                select actor, actor_kind, agency_code, purpose, case_ref, fields::text as fields, decision
                from audit.audit_entry where subject = ? and dataset = 'requests.requester' order by seq desc limit 1""")
                .param(number).query().singleRow();
        assertThat(entry).containsEntry("actor", "dsny.staff").containsEntry("actor_kind", "staff")
                .containsEntry("agency_code", "DSNY").containsEntry("purpose", "case_work")
                .containsEntry("case_ref", number).containsEntry("decision", "granted")
                .containsEntry("fields", "{first_name,last_name,email,phone,device_id}");
        assertThat(http.json("GET", "/api/staff/requests/" + number, null, "nypd.staff", SharingFixtures.PW)
                .statusCode()).isEqualTo(403);
        var verify = http.json("GET", "/api/admin/audit/verify", null, "admin", SharingFixtures.PW);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat(Open311Schemas.parse(verify.body()).path("intact").asBoolean()).isTrue();
    }

    @Test
    void theDatabaseRefusesChangesToEntries() {
        long seq = append("protect-1");
        assertThatThrownBy(() -> jdbc.sql("update audit.audit_entry set actor = 'someone' where seq = ?")
                .param(seq).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entry where seq = ?").param(seq).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.audit_entry").update()).hasStackTraceContaining("append-only");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsFoundByTheApiAndTheCommand() {
        long seq = append("tamper-1");
        append("tamper-2");
        unprotected("update audit.audit_entry set fields = '{email,phone}' where seq = ?", seq);
        try {
            AuditVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(seq);
            assertThat(v.problem()).contains("altered");
            assertThat(http.json("GET", "/api/admin/audit/verify", null, "admin", SharingFixtures.PW).statusCode())
                    .isEqualTo(409);
            assertThat(OneCityCommandLine.run(OneCityApplication.class, "verify-audit",
                    "--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--spring.datasource.username=postgres",
                    "--onecity.demo=false", "--onecity.data-dir=target/test-data")).isEqualTo(2);
        } finally {
            unprotected("update audit.audit_entry set fields = '{email}' where seq = ?", seq);
        }
        assertThat(audit.verify().intact()).isTrue();
        assertThat(OneCityCommandLine.run(OneCityApplication.class, "verify-audit",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--spring.datasource.username=postgres",
                "--onecity.demo=false", "--onecity.data-dir=target/test-data")).isZero();
    }

    @Test
    void aDeletedEntryIsFound() {
        long seq = append("delete-1");
        append("delete-2");
        String row = jdbc.sql("select row_to_json(e)::text from audit.audit_entry e where seq = ?").param(seq)
                .query(String.class).single();
        unprotected("delete from audit.audit_entry where seq = ?", seq);
        try {
            AuditVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(seq);
            assertThat(v.problem()).contains("missing");
        } finally {
            jdbc.sql("insert into audit.audit_entry select * from json_populate_record(null::audit.audit_entry, ?::json)")
                    .param(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void reorderedEntriesAreFound() {
        long a = append("order-a");
        long b = append("order-b");
        swap(a, b);
        try {
            AuditVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(a);
        } finally {
            swap(a, b);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void removingTheLastEntryIsFound() {
        long seq = append("tail-1");
        String row = jdbc.sql("select row_to_json(e)::text from audit.audit_entry e where seq = ?").param(seq)
                .query(String.class).single();
        unprotected("delete from audit.audit_entry where seq = ?", seq);
        try {
            assertThat(audit.verify().problem()).contains("removed from the end");
        } finally {
            jdbc.sql("insert into audit.audit_entry select * from json_populate_record(null::audit.audit_entry, ?::json)")
                    .param(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aChainRewrittenConsistentlyInsideTheDatabaseIsCaughtByTheAnchorKeptOutsideIt() throws Exception {
        append("anchor-1");
        long last = append("anchor-2");
        try {
            assertThat(anchors.anchor()).get().extracting(AuditAnchors.Anchor::seq).isEqualTo(last);
            assertThat(anchors.anchor()).as("the head has not moved: nothing to copy").isEmpty();
            assertThat(audit.verify().intact()).isTrue();

            // what a database superuser could do: drop the last entry and move the head back with it,
            // triggers off; the chain alone then looks intact
            String row = jdbc.sql("select row_to_json(e)::text from audit.audit_entry e where seq = ?").param(last)
                    .query(String.class).single();
            String hash = jdbc.sql("select hash from audit.audit_entry where seq = ?").param(last)
                    .query(String.class).single();
            try {
                unprotected("delete from audit.audit_entry where seq = ?", last);
                headUnprotected("update audit.audit_head set seq = ?, hash = (select hash from audit.audit_entry"
                        + " where seq = ?) where id = 1", last - 1, last - 1);
                AuditVerification v = audit.verify();
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBad()).isEqualTo(last);
                assertThat(v.problem()).contains("outside the database");
            } finally {
                if (jdbc.sql("select count(*) from audit.audit_entry where seq = ?").param(last).query(Long.class)
                        .single() == 0) {
                    jdbc.sql("insert into audit.audit_entry select * from"
                            + " json_populate_record(null::audit.audit_entry, ?::json)").param(row).update();
                }
                headUnprotected("update audit.audit_head set seq = ?, hash = ? where id = 1", last, hash);
            }
            assertThat(audit.verify().intact()).isTrue();
        } finally {
            java.nio.file.Files.deleteIfExists(anchors.file());
        }
    }
}
