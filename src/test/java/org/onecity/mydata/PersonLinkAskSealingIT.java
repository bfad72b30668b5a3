package org.onecity.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.vault.KeyRotation;
import org.onecity.vault.PersonalData;
import org.onecity.testing.ChannelsBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry link asks moved from the messaging schema to mydata: a CURP sealed before the move
 * (bound to messaging.person_link_ask) and one sealed after it both open, and key rotation re-seals
 * the moved table's rows under the new key without breaking either.
 */
class PersonLinkAskSealingIT extends ChannelsBase {

    @Autowired
    PersonLinkAsks asks;
    @Autowired
    PersonalData personal;
    @Autowired
    KeyRotation rotation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    /** A row as messaging wrote it before the move: the CURP sealed under the table's first name. */
    private long queuedBeforeTheMove(String curp) {
        long id = jdbc.sql("select nextval('mydata.person_link_ask_id_seq')").query(Long.class).single();
        jdbc.sql("insert into mydata.person_link_ask (id, curp, language, asked_at) values (?, ?, 'es', ?)")
                .params(id, new SqlParameterValue(Types.BINARY,
                                personal.seal(PersonalData.context("messaging.person_link_ask", "curp", id), curp)),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private int keyIdOf(long id) {
        byte[] sealed = jdbc.sql("select curp from mydata.person_link_ask where id = ?").param(id)
                .query(byte[].class).single();
        return ByteBuffer.wrap(sealed, 1, 4).getInt();
    }

    @Test
    void asksSealedBeforeAndAfterTheMoveOpenAndKeyRotationReSealsThem() {
        while (asks.answerOldest(a -> { })) {
            // leave no ask of another test in the way
        }
        String before = "MOVE" + System.nanoTime();
        String after = "AFTER" + System.nanoTime();
        long old = queuedBeforeTheMove(before);
        asks.queue(after, "en", clock.instant().plusMillis(1));
        assertThat(MyDataSealing.PERSON_LINK_ASK.table()).isEqualTo("mydata.person_link_ask");
        assertThat(MyDataSealing.PERSON_LINK_ASK.context("curp", old))
                .isEqualTo(PersonalData.context("messaging.person_link_ask", "curp", old));

        KeyRotation.Rotated r = rotation.rotate();
        assertThat(keyIdOf(old)).as("the moved table is re-sealed by key rotation").isEqualTo(r.keyId());

        List<PersonLinkAsks.Ask> answered = new ArrayList<>();
        while (asks.answerOldest(answered::add)) {
            // answer every ask
        }
        assertThat(answered).extracting(PersonLinkAsks.Ask::curp).containsExactly(before, after);
        assertThat(answered).extracting(PersonLinkAsks.Ask::language).containsExactly("es", "en");
    }
}
