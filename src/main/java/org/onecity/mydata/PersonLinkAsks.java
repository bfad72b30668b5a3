package org.onecity.mydata;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.function.Consumer;
import org.onecity.vault.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** mydata.person_link_ask: registry link asks waiting for their answer, the CURP sealed. */
@Repository
class PersonLinkAsks {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PersonLinkAsks.class);

    record Ask(long id, String curp, String language) {
    }

    private record Queued(long id, byte[] sealedCurp, String language) {
    }

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate tx;

    PersonLinkAsks(JdbcClient jdbc, PersonalData personal, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.tx = tx;
    }

    /** Queues an ask in the caller's transaction. */
    void queue(String curp, String language, Instant now) {
        long id = jdbc.sql("select nextval('mydata.person_link_ask_id_seq')").query(Long.class).single();
        jdbc.sql("insert into mydata.person_link_ask (id, curp, language, asked_at) values (?, ?, ?, ?)")
                .params(id, new SqlParameterValue(Types.BINARY,
                                personal.seal(MyDataSealing.PERSON_LINK_ASK.context("curp", id), curp)),
                        language, Timestamp.from(now))
                .update();
    }

    /**
     * Claims the oldest ask no other node is answering, hands it to {@code answer} and deletes it, in one
     * transaction. If the answer fails, the ask stays queued with one more attempt counted, and after
     * {@link #MAX_ATTEMPTS} it is dropped (the resident can ask again), so one bad ask never blocks the
     * queue. False when none is waiting.
     */
    boolean answerOldest(Consumer<Ask> answer) {
        long[] claimed = {0};
        try {
            return claimAndAnswer(answer, claimed);
        } catch (RuntimeException e) {
            if (claimed[0] == 0) {
                throw e;
            }
            tx.executeWithoutResult(status -> {
                jdbc.sql("update mydata.person_link_ask set attempts = attempts + 1 where id = ?")
                        .param(claimed[0]).update();
                jdbc.sql("delete from mydata.person_link_ask where id = ? and attempts >= ?")
                        .params(claimed[0], MAX_ATTEMPTS).update();
            });
            LOG.warn("Could not answer registry link ask {}: {}", claimed[0], e.toString());
            return true;
        }
    }

    private boolean claimAndAnswer(Consumer<Ask> answer, long[] claimed) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            var row = jdbc.sql("""
                    select id, curp, language from mydata.person_link_ask
                    order by attempts, asked_at, id limit 1 for update skip locked""")
                    .query((rs, n) -> new Queued(rs.getLong("id"), rs.getBytes("curp"), rs.getString("language")))
                    .optional();
            if (row.isEmpty()) {
                return false;
            }
            Queued q = row.get();
            claimed[0] = q.id();
            answer.accept(new Ask(q.id(), personal.open(MyDataSealing.PERSON_LINK_ASK.context("curp", q.id()),
                    q.sealedCurp()), q.language()));
            jdbc.sql("delete from mydata.person_link_ask where id = ?").param(q.id()).update();
            return true;
        }));
    }

    long waiting() {
        return jdbc.sql("select count(*) from mydata.person_link_ask").query(Long.class).single();
    }
}
