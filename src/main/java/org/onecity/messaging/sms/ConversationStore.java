package org.onecity.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of messaging.sms_conversation (locked while a message is handled) and the message log. */
@Repository
class ConversationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversation, locked for this transaction; a new idle one when the phone has none. */
    Conversation lock(String phone, Instant now) {
        jdbc.sql("""
                insert into messaging.sms_conversation (phone, state, updated_at) values (?, 'idle', ?)
                on conflict (phone) do nothing""").params(phone, Timestamp.from(now)).update();
        return jdbc.sql("select * from messaging.sms_conversation where phone = ? for update").param(phone)
                .query((rs, n) -> new Conversation(rs.getString("phone"), rs.getString("state"),
                        rs.getString("question"), Arrays.asList((String[]) rs.getArray("candidates").getArray()),
                        rs.getString("service_code"), rs.getInt("attribute_at"),
                        JSON.readValue(rs.getString("answers"), new TypeReference<Map<String, List<String>>>() { }),
                        rs.getString("language")))
                .single();
    }

    void save(Conversation c, Instant now) {
        jdbc.sql("""
                update messaging.sms_conversation set state = ?, question = ?, candidates = ?::text[], service_code = ?,
                    attribute_at = ?, answers = ?::jsonb, language = ?, updated_at = ? where phone = ?""")
                .params(c.state(), c.question(), "{" + String.join(",", c.candidates().stream()
                                .map(x -> "\"" + x + "\"").toList()) + "}", c.serviceCode(), c.attributeAt(),
                        JSON.writeValueAsString(c.answers()), c.language(), Timestamp.from(now), c.phone())
                .update();
    }

    void log(String phone, String direction, String body, Instant now) {
        String b = body.length() > 2000 ? body.substring(0, 2000) : body;
        jdbc.sql("insert into messaging.sms_message (phone, direction, body, at) values (?, ?, ?, ?)")
                .params(phone, direction, b, Timestamp.from(now)).update();
    }

    Optional<Instant> lastActivity(String phone) {
        return jdbc.sql("select updated_at from messaging.sms_conversation where phone = ?").param(phone)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
