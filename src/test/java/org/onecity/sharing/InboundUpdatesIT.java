package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.SharingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agency systems update their own agency's requests with their credentials, and only those. */
class InboundUpdatesIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnAgencysSystemMovesTheRequestAlongAnotherAgencysIsRefusedAndAudited() {
        Http http = new Http(port);
        String s = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String dsny = SharingIT.system(http, "dsny-in-" + s, "DSNY", "\"requests:update\"", null);
        String nypd = SharingIT.system(http, "nypd-in-" + s, "NYPD", "\"requests:update\"", null);
        String number = SharingFixtures.file(http, null, 40.6960, -73.9660);
        String path = "/api/sharing/requests/" + number + "/updates";

        var moved = SharingIT.post(http, dsny, path, "{\"status\":\"in_progress\",\"note\":\"Crew on the way\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Open311Schemas.parse(moved.body()).path("status").asString()).isEqualTo("IN_PROGRESS");
        var closed = SharingIT.post(http, dsny, path,
                "{\"status\":\"closed\",\"outcome\":\"resolved\",\"resolution\":\"Lot cleaned\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(SharingIT.post(http, dsny, path, "{\"status\":\"bogus\"}").statusCode()).isEqualTo(400);
        assertThat(SharingIT.post(http, dsny, path, "{\"note\":\"Photos attached in our system\"}").statusCode())
                .isEqualTo(200);

        var refused = SharingIT.post(http, nypd, path, "{\"status\":\"reopened\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select status from requests.service_request where number = ?").param(number)
                .query(String.class).single()).isEqualTo("closed");
        var actors = jdbc.sql("""
                select h.actor || '/' || h.actor_kind from requests.history h join requests.service_request r
                on r.id = h.request_id where r.number = ? and h.kind = 'status_changed' order by h.id""")
                .param(number).query(String.class).list();
        assertThat(actors).containsOnly("dsny-in-" + s + "/agency_system");
        assertThat(jdbc.sql("select decision from audit.audit_entry where subject = ? and action = 'update'"
                + " and system_code = ?").params(number, "nypd-in-" + s).query(String.class).list())
                .containsExactly("denied");
        assertThat(jdbc.sql("select count(*) from sharing.outbox where subject = ? and type = 'org.onecity.request.closed'")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }
}
