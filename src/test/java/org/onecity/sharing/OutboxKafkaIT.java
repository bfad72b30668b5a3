package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.onecity.sharing.outbox.OutboxDelivery;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With spring.kafka.bootstrap-servers set, each request's events reach Kafka in order, keyed by its number. */
class OutboxKafkaIT extends IntegrationBase {

    static final EmbeddedKafkaKraftBroker KAFKA = new EmbeddedKafkaKraftBroker(1, 1, "onecity.requests");
    private static boolean started;

    @DynamicPropertySource
    static synchronized void kafka(DynamicPropertyRegistry registry) {
        if (!started) {
            KAFKA.afterPropertiesSet();
            started = true;
            Runtime.getRuntime().addShutdownHook(new Thread(KAFKA::destroy));
        }
        registry.add("logging.level.org.apache.kafka", () -> "warn");
        registry.add("logging.level.kafka", () -> "warn");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBrokersAsString);
    }

    @LocalServerPort
    int port;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsGoToTheTopicKeyedByRequestNumberInOrder() {
        Http http = new Http(port);
        String number = SharingFixtures.file(http, null, 40.6900, -73.9600);
        assertThat(http.json("POST", "/api/staff/requests/" + number + "/status", "{\"status\":\"in_progress\"}",
                "dsny.staff", SharingFixtures.PW).statusCode()).isEqualTo(200);
        List<String> ids = jdbc.sql("select event_id::text from sharing.outbox where subject = ? order by id")
                .param(number).query(String.class).list();
        // a first send on a loaded machine may outlast the send timeout while the producer learns the
        // topic: deliver again, past any back-off, until both events are out (or a minute has gone)
        long deadline = System.currentTimeMillis() + 60_000;
        int round = 0;
        while (kafkaDelivered(number) < ids.size() && System.currentTimeMillis() < deadline) {
            delivery.deliverDue(Instant.now().plus(Duration.ofHours(round++)).plusSeconds(1));
        }

        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + number,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("onecity.requests"));
            long until = System.currentTimeMillis() + 15_000;
            while (mine.size() < ids.size() && System.currentTimeMillis() < until) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (number.equals(r.key())) {
                        mine.add(r);
                    }
                });
            }
        }
        assertThat(mine.stream().map(r -> Open311Schemas.parse(r.value()).path("id").asString()).toList())
                .isEqualTo(ids);
        assertThat(Open311Schemas.parse(mine.get(0).value()).path("type").asString())
                .isEqualTo("org.onecity.request.submitted");
        assertThat(new String(mine.get(0).headers().lastHeader("ce_id").value())).isEqualTo(ids.get(0));
        assertThat(kafkaDelivered(number)).isEqualTo(ids.size());
    }

    private long kafkaDelivered(String number) {
        return jdbc.sql("select count(*) from sharing.delivery d join sharing.outbox o on o.id = d.outbox_id"
                + " where o.subject = ? and d.channel = 'kafka' and d.status = 'delivered'").param(number)
                .query(Long.class).single();
    }
}
