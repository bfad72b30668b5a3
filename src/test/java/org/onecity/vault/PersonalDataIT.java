package org.onecity.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.requests.RequestQueries;
import org.onecity.testing.DatabaseDump;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.vault.crypto.Reseal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requester details are sealed per field: no plaintext in a dump, exact lookups still work, keys rotate. */
class PersonalDataIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestQueries queries;
    @Autowired
    KeyRotation rotation;
    @Autowired
    Reseal reseal;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private int keyIdOf(String column, String number) {
        return jdbc.sql("select case get_byte(p." + column + ", 0) when 0 then 0 else ('x' || encode(substring(p."
                        + column + " from 2 for 4), 'hex'))::bit(32)::int end from requests.requester p"
                        + " join requests.service_request r on r.id = p.request_id where r.number = ?")
                .param(number).query(Integer.class).single();
    }

    @Test
    void aDumpOfTheDatabaseHoldsNoPlaintextAndEmailLookupStillFindsTheRequest() throws Exception {
        Person p = Person.unique();
        String number = SharingFixtures.file(http, p, 40.6610, -73.9310);

        var read = http.json("GET", "/api/staff/requests/" + number, null, "dsny.staff", SharingFixtures.PW);
        var requester = Open311Schemas.parse(read.body()).path("requester");
        assertThat(requester.path("email").asString()).isEqualTo(p.email());
        assertThat(requester.path("firstName").asString()).isEqualTo(p.first());
        assertThat(requester.path("deviceId").asString()).isEqualTo(p.device());

        assertThat(queries.numbersByRequesterEmail(" " + p.email().toUpperCase() + " ")).containsExactly(number);
        assertThat(queries.numbersByRequesterPhone(p.phone().replace(" ", "-"))).containsExactly(number);
        assertThat(queries.numbersByRequesterEmail("nobody." + p.email())).isEmpty();

        var dump = DatabaseDump.take();
        assertThat(dump.text()).as("dump made with " + dump.how()).contains(number);
        for (String value : new String[] {p.first(), p.last(), p.email(), p.phone(), p.device()}) {
            assertThat(dump.text()).as("dump made with " + dump.how()).doesNotContain(value);
        }
    }

    @Test
    void rowsLeftInPlaintextByTheMigrationAreSealedAndIndexed() {
        Person p = Person.unique();
        String number = SharingFixtures.file(http, p, 40.6620, -73.9320);
        jdbc.sql("""
                update requests.requester set first_name = '\\x00'::bytea || convert_to(?, 'UTF8'),
                    email = '\\x00'::bytea || convert_to(?, 'UTF8'), email_index = null
                where request_id = (select id from requests.service_request where number = ?)""")
                .params(p.first(), p.email(), number).update();
        assertThat(keyIdOf("email", number)).as("legacy plaintext marker").isZero();
        assertThat(queries.requester(number).orElseThrow().email()).isEqualTo(p.email());
        assertThat(queries.numbersByRequesterEmail(p.email())).isEmpty();

        assertThat(reseal.run(100, true)).isGreaterThanOrEqualTo(1);

        assertThat(keyIdOf("email", number)).isPositive();
        assertThat(keyIdOf("first_name", number)).isPositive();
        assertThat(queries.requester(number).orElseThrow().firstName()).isEqualTo(p.first());
        assertThat(queries.numbersByRequesterEmail(p.email())).containsExactly(number);
    }

    @Test
    void rotationSealsNewWritesAndOldRowsUnderTheNewKey() {
        Person before = Person.unique();
        String old = SharingFixtures.file(http, before, 40.6630, -73.9330);
        int oldKey = keyIdOf("email", old);

        KeyRotation.Rotated r = rotation.rotate();

        assertThat(r.keyId()).isGreaterThan(oldKey);
        assertThat(r.rows()).isGreaterThanOrEqualTo(1);
        assertThat(keyIdOf("email", old)).isEqualTo(r.keyId());
        assertThat(keyIdOf("device_id", old)).isEqualTo(r.keyId());
        assertThat(queries.requester(old).orElseThrow().email()).isEqualTo(before.email());
        assertThat(queries.numbersByRequesterEmail(before.email())).containsExactly(old);

        Person after = Person.unique();
        String fresh = SharingFixtures.file(http, after, 40.6640, -73.9340);
        assertThat(keyIdOf("phone", fresh)).isEqualTo(r.keyId());
        assertThat(rotation.resealStale()).isZero();
        long stale = jdbc.sql("select count(*) from requests.requester where substring(email from 2 for 4) <> ?")
                .param(java.nio.ByteBuffer.allocate(4).putInt(r.keyId()).array()).query(Long.class).single();
        assertThat(stale).isZero();
    }

    @Test
    void theMasterKeyIsReplacedByReWrappingTheDataKeysWithoutTouchingTheValues() {
        Person person = Person.unique();
        String number = SharingFixtures.file(http, person, 40.6650, -73.9350);
        byte[] sealedBefore = jdbc.sql("select email from requests.requester r join requests.service_request s"
                + " on s.id = r.request_id where s.number = ?").param(number).query(byte[].class).single();
        String original = System.getProperty("onecity.sharing.master-key");
        byte[] raw = new byte[32];
        new java.security.SecureRandom().nextBytes(raw);
        String next = java.util.Base64.getEncoder().encodeToString(raw);

        KeyRotation.Rewrapped r = rotation.rewrapMasterKey(next);
        try {
            assertThat(r.dataKeys()).isGreaterThanOrEqualTo(2);
            assertThat(r.newMasterKeyId()).isNotEqualTo(r.oldMasterKeyId());
            assertThat(jdbc.sql("select distinct master_key_id from vault.data_key").query(String.class).list())
                    .containsExactly(r.newMasterKeyId());
            // the node dropped its unwrapped keys and unwrapped them again under the new master key
            assertThat(queries.requester(number).orElseThrow().email()).isEqualTo(person.email());
            assertThat(queries.numbersByRequesterEmail(person.email())).containsExactly(number);
            byte[] sealedAfter = jdbc.sql("select email from requests.requester r join requests.service_request s"
                    + " on s.id = r.request_id where s.number = ?").param(number).query(byte[].class).single();
            assertThat(sealedAfter).isEqualTo(sealedBefore);
        } finally {
            KeyRotation.Rewrapped back = rotation.rewrapMasterKey(original);
            assertThat(back.newMasterKeyId()).isEqualTo(r.oldMasterKeyId());
        }
        assertThat(queries.requester(number).orElseThrow().email()).isEqualTo(person.email());
    }

    @Test
    void aNewMasterKeyThatIsNot32BytesIsRefusedAndNothingChanges() {
        var ids = jdbc.sql("select master_key_id from vault.data_key order by id").query(String.class).list();
        assertThatThrownBy(() -> rotation.rewrapMasterKey("c2hvcnQ="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThat(jdbc.sql("select master_key_id from vault.data_key order by id").query(String.class).list())
                .isEqualTo(ids);
    }
}
