package org.onecity.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.onecity.audit.Audit;
import org.onecity.requests.RequestQueries;
import org.onecity.sharing.Consents;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.MutableClock;
import org.onecity.testing.MutableClockConfiguration;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.testing.WebSession;
import org.onecity.vault.crypto.IndexKeys;
import org.onecity.vault.crypto.KeyRing;
import org.onecity.vault.crypto.Reindex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The blind-index key rotates over the whole shared database while lookups and consent keep
 * working: before, during (after a run killed after a few batches) and after the rotation. The test
 * clock stands still, so the re-index job waits for the nodes until the test moves the clock on.
 */
@Import(MutableClockConfiguration.class)
class IndexKeyRotationIT extends IntegrationBase {

    private static final String PURPOSE = "index-rotation-check";

    @LocalServerPort
    int port;
    @Autowired
    IndexKeyRotation rotation;
    @Autowired
    IndexKeys indexKeys;
    @Autowired
    Reindex reindex;
    @Autowired
    KeyRing ring;
    @Autowired
    RequestQueries queries;
    @Autowired
    Consents consents;
    @Autowired
    PersonKeys personKeys;
    @Autowired
    PersonalData data;
    @Autowired
    List<SealedTable> tables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    VaultSettings settings;
    @Autowired
    MutableClock clock;
    @Autowired
    org.onecity.people.People people;
    @Autowired
    Audit audit;

    @Test
    void lookupsAndConsentKeepWorkingThroughARotationThatSurvivesAKill() {
        Http http = new Http(port);
        if (rotation.status().nextKeyId() != null) {   // a rotation an interrupted run left behind ends first
            clock.advance(Duration.ofMinutes(1));
            rotation.step(0);
            clock.advance(Duration.ofMinutes(-1));
        }
        Person before = Person.unique();
        String beforeNumber = SharingFixtures.file(http, before, 40.6630, -73.9330);
        give(personKeys.of(before.email(), before.phone()).get(0));
        String orphan = personKeys.of("gone" + ThreadLocalRandom.current().nextLong(1L << 40) + "@mail.example", null)
                .get(0);
        give(orphan);
        assertFound(before, beforeNumber);
        assertThat(state(personKeys.of(before.email(), before.phone()))).isEqualTo(Consents.State.GIVEN);
        String texter = "+1917" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String menu = text(http, texter, "There are rats in my building");
        assertThat(menu).contains("Reply with a number");

        // the admin starts it with the button on the agency systems page
        WebSession admin = new WebSession(port);
        admin.login("admin", SharingFixtures.PW);
        assertThat(admin.get("/admin/sharing/systems").body()).contains("id=\"index-key-status\"", "no rotation running");
        String page = admin.post("/admin/sharing/keys/index/rotate", List.of()).body();
        assertThat(page).contains("id=\"index-key-started\"", "Next key ");
        var started = rotation.status();
        int old = started.currentKeyId();
        int next = started.nextKeyId();
        assertThat(next).isNotEqualTo(old);
        assertThat(http.json("POST", "/api/admin/keys/index/rotate", "{}", "admin", SharingFixtures.PW).statusCode())
                .as("the endpoint asks for a confirmation").isEqualTo(400);
        var again = http.json("POST", "/api/admin/keys/index/rotate", "{\"confirm\": true}", "admin",
                SharingFixtures.PW);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).as("starting again resumes").contains("\"nextKeyId\":" + next);
        assertThat(http.json("GET", "/api/admin/keys/index", null, "admin", SharingFixtures.PW).body())
                .contains("\"phase\":\"waiting\"");
        assertThat(started.phase()).isEqualTo("waiting");
        assertThat(rotation.step(0).phase()).as("no batch before the nodes picked up the key").isEqualTo("waiting");
        assertFound(before, beforeNumber);
        assertThat(personKeys.of(before.email(), before.phone())).hasSize(4);
        assertThat(state(personKeys.of(before.email(), before.phone()))).isEqualTo(Consents.State.GIVEN);

        Person during = Person.unique();
        String duringNumber = SharingFixtures.file(http, during, 40.6640, -73.9340);
        assertThat(emailIndexOf(duringNumber)).as("written under the next key")
                .isEqualTo(IndexKeys.hash(ring.key(next), BlindIndex.EMAIL, during.email()));
        assertFound(during, duringNumber);
        String rodent = menu.lines().filter(l -> l.contains("Rodent")).findFirst().orElseThrow().split(" ")[0];
        assertThat(text(http, texter, rodent)).as("the conversation goes on under either key")
                .contains("What best describes the problem?");

        clock.advance(Duration.ofMinutes(1));   // every node has seen the next key by now
        try {
            reindexAndResume(before, beforeNumber, during, duringNumber, orphan, texter, old, next);
        } finally {
            clock.advance(Duration.ofMinutes(-1));
        }
    }

    private void reindexAndResume(Person before, String beforeNumber, Person during, String duringNumber,
                                  String orphan, String texter, int old, int next) {
        Http http = new Http(port);
        var g = indexKeys.refresh();
        // one batch of one row per table, then the node is killed: requests.requester holds at least our two rows
        int batches = reindex.tableNames().size();
        assertThat(reindex.run(g.current(), g.next(), 1, batches)).isEqualTo(batches);
        var halfway = rotation.status();
        assertThat(halfway.phase()).isEqualTo("reindexing");
        assertThat(halfway.tables()).filteredOn(t -> t.table().equals("requests.requester")).singleElement()
                .matches(t -> t.rowsSeen() == 1 && !t.done());
        assertFound(before, beforeNumber);
        assertFound(during, duringNumber);
        assertThat(state(personKeys.of(before.email(), before.phone()))).isEqualTo(Consents.State.GIVEN);

        // a new instance (another node, or the command started again) carries on from the progress rows
        var resumed = new IndexKeyRotation(indexKeys, reindex, jdbc, transactions, settings, clock);
        var done = resumed.step(0);
        assertThat(done.phase()).isEqualTo("idle");
        assertThat(done.currentKeyId()).isEqualTo(next);
        assertThat(done.retiredKeyIds()).contains(old);
        assertThat(done.tables()).extracting(IndexKeyRotation.TableProgress::table)
                .containsAll(reindex.tableNames()).contains("requests.requester");
        assertThat(done.tables()).allMatch(IndexKeyRotation.TableProgress::done);
        assertThat(done.subjectsUnderOldKeys()).as("the orphan is reported").isGreaterThanOrEqualTo(1);
        assertThat(indexKeys.generations().lookup()).hasSize(1);

        assertFound(before, beforeNumber);
        assertFound(during, duringNumber);
        assertThat(jdbc.sql("select subject_key from sharing.consent where subject = ?").param(orphan)
                .query(Integer.class).single()).as("kept under the old key").isEqualTo(old);
        assertThat(state(personKeys.of(before.email(), before.phone()))).isEqualTo(Consents.State.GIVEN);
        assertThat(personKeys.of(before.email(), before.phone())).doesNotContain(personKeys(before, old).toArray(
                String[]::new));
        assertNothingUnder(ring.key(old), ring.key(next));
        List<String> ever = personKeys.everyKey(before.email(), before.phone());
        assertThat(ever).as("the audit keeps the keys it was written with").containsAll(personKeys(before, old));
        assertThat(ever.stream().flatMap(k -> audit.about("requests.requester", k).stream()))
                .anyMatch(e -> e.record().action().equals("consent_given") && e.record().purpose().equals(PURPOSE));
        assertThat(text(http, texter, "1")).contains("Where is it?");
        assertThat(jdbc.sql("select phone_index from messaging.sms_message where phone_index = any(?)")
                .param(new byte[][] {IndexKeys.hash(ring.key(old), BlindIndex.PHONE, texter),
                        IndexKeys.hash(ring.key(next), BlindIndex.PHONE, texter)}).query(byte[].class).list())
                .as("the message log moved with the conversation").hasSize(6)
                .allMatch(i -> java.util.Arrays.equals(i, IndexKeys.hash(ring.key(next), BlindIndex.PHONE, texter)));

        // running the job again over the same keys finds nothing left to change
        jdbc.sql("delete from vault.index_rekey where key_id = ?").param(next).update();
        reindex.run(new IndexKeys.Generation(old, ring.key(old)), indexKeys.generations().current(), 50, 0);
        var second = jdbc.sql("select sum(rows_changed), sum(subjects_moved), sum(rows_seen) from vault.index_rekey"
                + " where key_id = ?").param(next).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2),
                rs.getLong(3)}).single();
        assertThat(second[0]).as("rows changed the second time").isZero();
        assertThat(second[1]).as("subjects moved the second time").isZero();
        assertThat(second[2]).isGreaterThan(0);
    }

    private static String text(Http http, String phone, String body) {
        var r = http.postForm("/sms/inbound", List.of(Map.entry("From", phone), Map.entry("Body", body),
                Map.entry("secret", "demo-sms-secret")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll("(?s).*<Message>(.*)</Message>.*", "$1");
    }

    private void give(String subject) {
        consents.record(new Consents.Statement(subject, PURPOSE, null, null, true, "resident", "resident", "portal",
                "requests.requester", null));
    }

    private Consents.State state(List<String> subjects) {
        return consents.state(subjects, PURPOSE, List.of("DSNY"), clock.instant());
    }

    private void assertFound(Person p, String number) {
        assertThat(queries.numbersByRequesterEmail(p.email().toUpperCase())).containsExactly(number);
        assertThat(queries.numbersByRequesterPhone(p.phone().replace(" ", "."))).containsExactly(number);
        // The registry's exact lookups go through the same keys (a demo person, held by SIBISO).
        assertThat(people.findByCurp("lohg850312mdfprd09")).isPresent();
    }

    private List<String> personKeys(Person p, int keyId) {
        SecretKey k = ring.key(keyId);
        return List.of(PersonKeys.key(BlindIndex.EMAIL, IndexKeys.hash(k, BlindIndex.EMAIL, p.email())),
                PersonKeys.key(BlindIndex.PHONE, IndexKeys.hash(k, BlindIndex.PHONE, p.phone())));
    }

    private byte[] emailIndexOf(String number) {
        return jdbc.sql("select p.email_index from requests.requester p join requests.service_request r"
                + " on r.id = p.request_id where r.number = ?").param(number).query(byte[].class).single();
    }

    /** A raw scan of every declared index column: each value is under the new key, none under the retired one. */
    private void assertNothingUnder(SecretKey retired, SecretKey current) {
        int scanned = 0;
        for (SealedTable t : tables) {
            for (SealedTable.Column c : t.columns()) {
                if (c.indexColumn() == null) {
                    continue;
                }
                var rows = jdbc.sql("select " + t.idColumn() + " as id, " + c.name() + " as v, " + c.indexColumn()
                        + " as i from " + t.table()).query().listOfRows();
                for (Map<String, Object> row : rows) {
                    long id = ((Number) row.get("id")).longValue();
                    String plain = data.open(t.context(c.name(), id), (byte[]) row.get("v"));
                    byte[] index = (byte[]) row.get("i");
                    if (plain == null || plain.isBlank()) {
                        continue;
                    }
                    scanned++;
                    assertThat(index).as(t.table() + "." + c.indexColumn() + "#" + id + " under the retired key")
                            .isNotEqualTo(IndexKeys.hash(retired, c.index(), plain))
                            .isEqualTo(IndexKeys.hash(current, c.index(), plain));
                }
            }
        }
        assertThat(scanned).isGreaterThan(2);
    }
}
