package org.onecity.sharing.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.onecity.sharing.outbox.OutboxDelivery;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Outbox administration: dead letters to look at, and redelivery of an event. */
@RestController
class OutboxAdminController {

    private final OutboxDelivery delivery;
    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxAdminController(OutboxDelivery delivery, JdbcClient jdbc, Clock clock) {
        this.delivery = delivery;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/admin/outbox/dead")
    List<Map<String, Object>> dead() {
        return jdbc.sql("""
                select o.id, o.event_id::text as event_id, o.type, o.subject, d.channel, s.code as system, d.attempts,
                       d.last_error from sharing.delivery d join sharing.outbox o on o.id = d.outbox_id
                left join sharing.system s on s.id = d.system_id where d.status = 'dead' order by d.id limit 500""")
                .query().listOfRows();
    }

    @PostMapping("/api/admin/outbox/{id}/redeliver")
    ResponseEntity<Map<String, Object>> redeliver(@PathVariable long id) {
        int n = delivery.redeliver(id, clock.instant());
        return n == 0 ? ResponseEntity.notFound().build() : ResponseEntity.accepted().body(Map.of("deliveries", n));
    }
}
