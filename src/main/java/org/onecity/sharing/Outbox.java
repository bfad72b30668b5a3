package org.onecity.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.sharing.outbox.KafkaChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox. {@link #append} writes a CloudEvents 1.0 JSON document, and one delivery
 * per subscribing agency system (and Kafka when configured), in the caller's transaction: the event
 * exists exactly when the change does.
 */
@Service
public class Outbox {

    public static final String SOURCE = "/onecity";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<KafkaChannel> kafka;

    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<KafkaChannel> kafka) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kafka = kafka;
    }

    /** Appends the event; {@code agencies} are those whose systems receive it. Returns the event id. */
    @Transactional
    public UUID append(String type, String subject, List<String> agencies, Object data) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("specversion", "1.0");
        doc.put("id", id.toString());
        doc.put("source", SOURCE);
        doc.put("type", type);
        doc.put("subject", subject);
        doc.put("time", now.toString());
        doc.put("datacontenttype", "application/json");
        doc.put("data", data);
        Timestamp at = Timestamp.from(now);
        String[] to = agencies.toArray(String[]::new);
        // one statement: the event, then a delivery per subscribed webhook (in system order) and one for Kafka
        jdbc.sql("""
                with o as (
                  insert into sharing.outbox (event_id, type, subject, agencies, document, created_at)
                  values (?, ?, ?, ?, ?, ?) returning id)
                insert into sharing.delivery (outbox_id, system_id, channel, subject, next_attempt_at)
                select o.id, d.system_id, d.channel, ?, ? from o, (
                  select s.id as system_id, 'webhook' as channel from sharing.system s
                  where s.webhook_url is not null and s.disabled_at is null and s.agency_code = any(?)
                    and 'events:receive' = any(s.scopes) and (cardinality(s.event_types) = 0 or ? = any(s.event_types))
                  union all
                  select null, 'kafka' where ?) d
                order by d.system_id nulls last""")
                .params(id, type, subject, to, JSON.writeValueAsString(doc), at, subject, at, to, type,
                        kafka.getIfAvailable() != null)
                .update();
        return id;
    }
}
