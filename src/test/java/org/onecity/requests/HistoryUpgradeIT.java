package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Sentence.AgencyCode;
import org.onecity.requests.Sentence.AgencyName;
import org.onecity.requests.Sentence.ChannelName;
import org.onecity.requests.Sentence.Clause;
import org.onecity.requests.Sentence.EscalationTitle;
import org.onecity.testing.UpgradeDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upgrade: history lines written as English sentences before history said message keys get
 * their sentence from the migration, people's notes keep none; residents' surveys and asks to
 * reopen move from schema portal to requests with their rows and their id sequence.
 */
class HistoryUpgradeIT {

    /** The migration that adds the sentence columns. */
    static final String SENTENCES = "20261207.1101";

    @Test
    void oldLinesGetTheirSentenceAndFeedbackMovesWithItsRows() {
        try (UpgradeDatabase db = UpgradeDatabase.migratedUpTo(SENTENCES)) {
            JdbcClient jdbc = db.jdbc();
            long id = jdbc.sql("""
                    insert into requests.service_request (number, service_code, agency_code, channel, address,
                        requested_at, updated_at)
                    values ('311-1', 'dsny-dirty-condition', 'DSNY', 'web', '1 Main St', now(), now()) returning id""")
                    .query(Long.class).single();
            old(jdbc, id, "submitted", "resident", "Request received by web", "{}");
            old(jdbc, id, "note", "system", "Routed to DSNY (rule 4: Trash on Broadway)", "{\"rule_id\": 4}");
            old(jdbc, id, "escalated", "system", "Overdue: escalated to level 2 (Borough chief)", "{\"level\": 2}");
            old(jdbc, id, "note", "staff", "Referred to Department of Sanitation", "{}");
            old(jdbc, id, "note", "staff", "Please call back", "{}");
            jdbc.sql("""
                    insert into portal.survey (request_number, agency_code, rating, comment, language, answered_at)
                    values ('311-1', 'DSNY', 4, 'Fine', 'es', now())""").update();
            jdbc.sql("""
                    insert into portal.reopen_ask (request_number, agency_code, reason, asked_at)
                    values ('311-1', 'DSNY', 'Still dirty', now())""").update();

            db.migrate();

            List<Sentence> said = jdbc.sql("select text_key, text_args::text from requests.history order by id")
                    .query((rs, n) -> SentenceJson.read(rs.getString(1), rs.getString(2))).list();
            assertThat(said).containsExactly(
                    Sentence.of("history.received", new ChannelName("web")),
                    Sentence.of("history.routed", new AgencyCode("DSNY"), new Clause(Sentence.of("history.reasonRule",
                            Sentence.text("4"), Sentence.text("Trash on Broadway")))),
                    Sentence.of("history.escalated", Sentence.text("2"), new EscalationTitle(2, "Borough chief")),
                    Sentence.of("history.referred", new AgencyName("Department of Sanitation")),
                    null);
            assertThat(jdbc.sql("select to_regclass('portal.survey') is null and to_regclass('portal.reopen_ask') is null")
                    .query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("select comment from requests.survey where request_number = '311-1'").query(String.class)
                    .single()).isEqualTo("Fine");
            long next = jdbc.sql("""
                    insert into requests.reopen_ask (request_number, agency_code, reason, asked_at)
                    values ('311-1', 'DSNY', 'Again', now()) returning id""").query(Long.class).single();
            assertThat(jdbc.sql("select min(id) from requests.reopen_ask").query(Long.class).single()).isLessThan(next);
        }
    }

    /** A history line as the code wrote it before: an English note, no key. */
    private static void old(JdbcClient jdbc, long requestId, String kind, String actorKind, String note, String details) {
        jdbc.sql("""
                insert into requests.history (request_id, at, actor, actor_kind, kind, note, public, details)
                values (?, now(), 'someone', ?, ?, ?, true, ?::jsonb)""")
                .params(requestId, actorKind, kind, note, details).update();
    }
}
