package org.onecity.sharing.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.onecity.sharing.SharingSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Kafka as a destination of the outbox, present only when {@code spring.kafka.bootstrap-servers} is
 * set. Records are keyed by the subject (the request number) so each request's events stay in
 * order in one partition; the value is the CloudEvents JSON document (structured mode).
 */
@Component
@ConditionalOnProperty("spring.kafka.bootstrap-servers")
public class KafkaChannel {

    private final KafkaTemplate<Object, Object> kafka;
    private final SharingSettings settings;

    KafkaChannel(KafkaTemplate<Object, Object> kafka, SharingSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    void send(String subject, String eventId, String document) throws Exception {
        var record = new ProducerRecord<Object, Object>(settings.outbox().kafkaTopic(), subject, document);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(settings.outbox().timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
