package org.onecity.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** An Open311 client files requests and follows them while the agency works them. */
class Open311WorkflowIT extends IntegrationBase {

    /** The smallest valid PNG (1×1 transparent pixel). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private List<Map.Entry<String, String>> streetLight(double lat, double lon) {
        return new ArrayList<>(List.of(entry("api_key", "demo-key"), entry("service_code", "dot-street-light-condition"),
                entry("lat", String.valueOf(lat)), entry("long", String.valueOf(lon)),
                entry("attribute[descriptor]", firstKey("dot-street-light-condition"))));
    }

    private String firstKey(String service) {
        JsonNode def = Open311Schemas.parse(http.get("/open311/v2/services/" + service + ".json").body());
        return def.path("attributes").get(0).path("values").get(0).path("key").asString();
    }

    @Test
    void photosAreStoredAndServed() {
        var posted = http.postMultipart("/open311/v2/requests.json", streetLight(40.7128, -74.0060),
                List.of(new Http.FilePart("media", "light.png", "image/png", PNG)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = Open311ConformanceIT.idOf(posted);
        JsonNode r = Open311Schemas.assertEachValid(http.get("/open311/v2/requests/" + id + ".json").body(),
                "request.json").get(0);
        String mediaUrl = r.path("media_url").asString();
        assertThat(mediaUrl).startsWith(http.base() + "/media/");
        var photo = http.getBytes(mediaUrl.substring(http.base().length()));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(photo.body()).isEqualTo(PNG);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRequest() {
        long before = jdbc.sql("select count(*) from requests.service_request").query(Long.class).single();
        var form = streetLight(40.7306, -73.9866);
        var first = http.postForm("/open311/v2/requests.json", form, "Idempotency-Key", "retry-42");
        var again = http.postForm("/open311/v2/requests.json", form, "Idempotency-Key", "retry-42");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Open311ConformanceIT.idOf(again)).isEqualTo(Open311ConformanceIT.idOf(first));
        form.add(entry("client_token", "fms-77"));
        var byToken = http.postForm("/open311/v2/requests.json", form);
        var byTokenAgain = http.postForm("/open311/v2/requests.json", form);
        assertThat(Open311ConformanceIT.idOf(byTokenAgain)).isEqualTo(Open311ConformanceIT.idOf(byToken));
        long after = jdbc.sql("select count(*) from requests.service_request").query(Long.class).single();
        assertThat(after - before).isEqualTo(2);
    }

    @Test
    void batchServicesAnswerWithATokenThatResolvesToTheRequest() {
        String service = "dof-dof-property-reduction-issue";
        var posted = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "demo-key"),
                entry("service_code", service), entry("address_string", "1 Centre St, Manhattan, NY 10007"),
                entry("attribute[descriptor]", firstKey(service))));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode answer = Open311Schemas.parse(posted.body()).get(0);
        assertThat(answer.has("service_request_id")).isFalse();
        String token = answer.path("token").asString();
        JsonNode resolved = Open311Schemas.parse(http.get("/open311/v2/tokens/" + token + ".json").body()).get(0);
        assertThat(resolved.path("token").asString()).isEqualTo(token);
        assertThat(resolved.path("service_request_id").asString()).startsWith("311-");
        var xml = http.get("/open311/v2/tokens/" + token + ".xml");
        assertThat(Xml.texts(xml.body(), "token")).containsExactly(token);
    }

    @Test
    void filtersPagingAndTheChangeFeed() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Open311ConformanceIT.idOf(http.postForm("/open311/v2/requests.json",
                    streetLight(40.60 + i * 0.01, -73.95))));
        }
        var byIds = http.get("/open311/v2/requests.json?service_request_id=" + String.join(",", ids)
                + "&service_code=something-else&status=closed");
        assertThat(Open311Schemas.assertEachValid(byIds.body(), "request.json").size()).isEqualTo(3);
        var open = Open311Schemas.assertEachValid(
                http.get("/open311/v2/requests.json?service_code=dot-street-light-condition&status=open").body(),
                "request.json");
        assertThat(open.size()).isGreaterThanOrEqualTo(3);
        open.forEach(r -> assertThat(r.path("status").asString()).isEqualTo("open"));
        var page1 = Open311Schemas.parse(http.get("/open311/v2/requests.json?page_size=2&page=1").body());
        var page2 = Open311Schemas.parse(http.get("/open311/v2/requests.json?page_size=2&page=2").body());
        assertThat(page1.size()).isEqualTo(2);
        assertThat(page2.get(0).path("service_request_id").asString())
                .isNotIn(page1.get(0).path("service_request_id").asString(), page1.get(1).path("service_request_id").asString());
        var feed = Open311Schemas.parse(http.get("/open311/v2/requests.json?updated_after=2020-01-01T00:00:00Z").body());
        assertThat(feed.size()).isGreaterThanOrEqualTo(3);
        var future = Open311Schemas.parse(http.get("/open311/v2/requests.json?updated_after=2099-01-01T00:00:00Z").body());
        assertThat(future.size()).isZero();
        var old = Open311Schemas.parse(http.get("/open311/v2/requests.json?start_date=2001-01-01&end_date=2001-02-01").body());
        assertThat(old.size()).isZero();
    }

    @Test
    void agencySystemsWorkTheirRequestsThroughServiceRequestUpdates() {
        var posted = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "demo-key"),
                entry("service_code", "dsny-dirty-condition"), entry("lat", "40.6782"), entry("long", "-73.9442"),
                entry("attribute[descriptor]", firstKey("dsny-dirty-condition"))));
        String id = Open311ConformanceIT.idOf(posted);
        var inProgress = http.postForm("/open311/v2/servicerequestupdates.xml", List.of(entry("api_key", "demo-key-dsny"),
                entry("service_request_id", id), entry("update_id", "dsny-1"), entry("status", "IN_PROGRESS"),
                entry("description", "Crew dispatched"), entry("updated_datetime", "2026-11-27T10:00:00-05:00")));
        assertThat(inProgress.statusCode()).as(inProgress.body()).isEqualTo(200);
        assertThat(Xml.texts(inProgress.body(), "update_id")).hasSize(1);
        var replay = http.postForm("/open311/v2/servicerequestupdates.xml", List.of(entry("api_key", "demo-key-dsny"),
                entry("service_request_id", id), entry("update_id", "dsny-1"), entry("status", "IN_PROGRESS"),
                entry("description", "Crew dispatched")));
        assertThat(Xml.texts(replay.body(), "update_id")).isEqualTo(Xml.texts(inProgress.body(), "update_id"));
        var fixed = http.postForm("/open311/v2/servicerequestupdates.json", List.of(entry("api_key", "demo-key-dsny"),
                entry("service_request_id", id), entry("update_id", "dsny-2"), entry("status", "FIXED"),
                entry("description", "Area cleaned")));
        assertThat(fixed.statusCode()).isEqualTo(200);
        JsonNode r = Open311Schemas.assertEachValid(http.get("/open311/v2/requests/" + id + ".json?extensions=true").body(),
                "request.json").get(0);
        assertThat(r.path("status").asString()).isEqualTo("closed");
        assertThat(r.path("status_notes").asString()).isEqualTo("Area cleaned");
        assertThat(r.path("extended_attributes").path("detailed_status").asString()).isEqualTo("FIXED");
        assertThat(r.path("notes").toString()).contains("Crew dispatched", "Area cleaned");
        var feed = http.get("/open311/v2/servicerequestupdates.xml?start_date=2020-01-01T00:00:00Z&end_date=2099-01-01T00:00:00Z");
        assertThat(feed.statusCode()).isEqualTo(400);
        var recent = http.get("/open311/v2/servicerequestupdates.xml");
        assertThat(Xml.root(recent.body()).getTagName()).isEqualTo("service_requests_updates");
        assertThat(Xml.texts(recent.body(), "status")).contains("IN_PROGRESS", "FIXED");
        var resident = http.postForm("/open311/v2/servicerequestupdates.json", List.of(entry("api_key", "demo-key"),
                entry("service_request_id", id), entry("update_id", "fms-9"), entry("status", "REOPEN"),
                entry("description", "Still dirty"), entry("first_name", "Ana")));
        assertThat(resident.statusCode()).isEqualTo(200);
        JsonNode reopened = Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json?extensions=true").body()).get(0);
        assertThat(reopened.path("status").asString()).isEqualTo("open");
        assertThat(reopened.path("extended_attributes").path("detailed_status").asString()).isEqualTo("REOPEN");
    }

    @Test
    void anAgencySystemCannotTouchAnotherAgencysRequest() {
        var posted = http.postForm("/open311/v2/requests.json", streetLight(40.70, -73.99));
        String id = Open311ConformanceIT.idOf(posted);
        var denied = http.postForm("/open311/v2/servicerequestupdates.json", List.of(entry("api_key", "demo-key-dsny"),
                entry("service_request_id", id), entry("update_id", "x-1"), entry("status", "FIXED")));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json").body()).get(0)
                .path("status").asString()).isEqualTo("open");
        var unknown = http.postForm("/open311/v2/servicerequestupdates.json", List.of(entry("api_key", "demo-key"),
                entry("service_request_id", "311-999999999"), entry("update_id", "x-2"), entry("description", "hi")));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
