package org.onecity.messaging.sms;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.messaging.MessagingSealing;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of messaging.sms_conversation (found by the phone's blind index, locked while a message is
 * handled) and the message log; the phone number and message texts are sealed.
 */
@Repository
class ConversationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonalData personal;

    ConversationStore(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /** The conversation, locked for this transaction; a new idle one when the phone has none. */
    Conversation lock(String phone, Instant now) {
        // during an index-key rotation the conversation may be under either key (see PersonalData.blindIndexes)
        byte[][] indexes = indexes(phone);
        if (jdbc.sql("select count(*) from messaging.sms_conversation where phone_index = any(?)").param(indexes)
                .query(Integer.class).single() == 0) {
            long id = jdbc.sql("select nextval('messaging.sms_conversation_id_seq')").query(Long.class).single();
            jdbc.sql("""
                    insert into messaging.sms_conversation (phone_index, id, phone, state, updated_at)
                    values (?, ?, ?, 'idle', ?) on conflict (phone_index) do nothing""")
                    .params(bytes(personal.blindIndex(BlindIndex.PHONE, phone)), id,
                            bytes(personal.seal(MessagingSealing.CONVERSATION.context("phone", id), phone)),
                            Timestamp.from(now)).update();
        }
        return jdbc.sql("select * from messaging.sms_conversation where phone_index = any(?) order by id limit 1"
                        + " for update").param(indexes)
                .query((rs, n) -> new Conversation(phone, rs.getString("state"),
                        rs.getString("question"), Arrays.asList((String[]) rs.getArray("candidates").getArray()),
                        rs.getString("service_code"), rs.getInt("attribute_at"),
                        JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, List<String>>>() { }),
                        rs.getString("language")))
                .single();
    }

    void save(Conversation c, Instant now) {
        jdbc.sql("""
                update messaging.sms_conversation set state = ?, question = ?, candidates = ?::text[], service_code = ?,
                    attribute_at = ?, answers = ?::jsonb, language = ?, updated_at = ? where phone_index = any(?)""")
                .params(c.state(), c.question(), "{" + String.join(",", c.candidates().stream()
                                .map(x -> "\"" + x + "\"").toList()) + "}", c.serviceCode(), c.attributeAt(),
                        JSON.writeValueAsString(c.answers()), c.language(), Timestamp.from(now), indexes(c.phone()))
                .update();
    }

    void log(String phone, String direction, String body, Instant now) {
        String b = body.length() > 2000 ? body.substring(0, 2000) : body;
        long id = jdbc.sql("select nextval('messaging.sms_message_id_seq')").query(Long.class).single();
        jdbc.sql("insert into messaging.sms_message (id, phone_index, direction, body, at) values (?, ?, ?, ?, ?)")
                .params(id, bytes(personal.blindIndex(BlindIndex.PHONE, phone)), direction,
                        bytes(personal.seal(MessagingSealing.SMS_MESSAGE.context("body", id), b)), Timestamp.from(now))
                .update();
    }

    Optional<Instant> lastActivity(String phone) {
        return jdbc.sql("select max(updated_at) from messaging.sms_conversation where phone_index = any(?)"
                        + " having count(*) > 0").param(indexes(phone))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private byte[][] indexes(String phone) {
        return personal.blindIndexes(BlindIndex.PHONE, phone).toArray(new byte[0][]);
    }

    private static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }
}
