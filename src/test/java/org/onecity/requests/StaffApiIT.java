package org.onecity.requests;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Agency staff work requests through the staff API: scoped to their agency, every change in history. */
class StaffApiIT extends IntegrationBase {

    static final String PW = "demo1234";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String fileDirtyCondition(double lat, double lon) {
        var r = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "demo-key"),
                entry("service_code", "dsny-dirty-condition"), entry("lat", String.valueOf(lat)),
                entry("long", String.valueOf(lon)), entry("attribute[descriptor]", "trash"),
                entry("phone", "+1 212 555 0100")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Open311Schemas.parse(r.body()).get(0).path("service_request_id").asString();
    }

    private JsonNode staff(String method, String path, String json, String user, int expected) {
        var r = http.json(method, "/api/staff/requests/" + path, json, user, PW);
        assertThat(r.statusCode()).as(method + " " + path + " as " + user + ": " + r.body()).isEqualTo(expected);
        return r.body().isEmpty() ? null : Open311Schemas.parse(r.body());
    }

    @Test
    void duplicatesAreSuggestedAndMergedBothWays() {
        String parent = fileDirtyCondition(40.6501, -73.9496);
        String child = fileDirtyCondition(40.6502, -73.9497);
        JsonNode open311 = Open311Schemas.parse(http.get("/open311/v2/requests/" + child + ".json?extensions=true").body()).get(0);
        assertThat(open311.path("extended_attributes").path("likely_parent_service_request_id").asString()).isEqualTo(parent);
        JsonNode candidates = staff("GET", child + "/duplicates", null, "dsny.staff", 200);
        assertThat(candidates.toString()).contains(parent);

        staff("POST", child + "/merge", "{\"parent\":\"" + parent + "\"}", "dsny.staff", 200);
        JsonNode c = Open311Schemas.parse(http.get("/open311/v2/requests/" + child + ".json?extensions=true").body()).get(0);
        assertThat(c.path("status").asString()).isEqualTo("closed");
        assertThat(c.path("extended_attributes").path("duplicate").asBoolean()).isTrue();
        assertThat(c.path("extended_attributes").path("parent_service_request_id").asString()).isEqualTo(parent);
        JsonNode p = Open311Schemas.parse(http.get("/open311/v2/requests/" + parent + ".json?extensions=true").body()).get(0);
        assertThat(p.path("extended_attributes").path("child_service_request_ids").toString()).contains(child);

        staff("POST", child + "/notes", "{\"note\":\"More bags today\",\"isPublic\":true}", "dsny.staff", 200);
        JsonNode parentHistory = staff("GET", parent, null, "dsny.staff", 200).path("history");
        assertThat(parentHistory.toString()).contains("More bags today (sent to " + child + ")");
        staff("POST", child + "/merge", "{\"parent\":\"" + parent + "\"}", "dsny.staff", 409);
    }

    @Test
    void staffWorkOnlyTheirOwnAgencysRequests() {
        String id = fileDirtyCondition(40.6602, -73.9300);
        JsonNode mine = staff("GET", id, null, "dsny.staff", 200);
        assertThat(mine.path("requester").path("phone").asString()).isEqualTo("+1 212 555 0100");
        staff("GET", id, null, "nypd.staff", 403);
        staff("POST", id + "/status", "{\"status\":\"closed\"}", "nypd.staff", 403);
        staff("POST", id + "/notes", "{\"note\":\"peek\"}", "dot.staff", 403);
        assertThat(http.json("GET", "/api/staff/requests/" + id, null, null, null).statusCode()).isEqualTo(401);
        assertThat(http.json("GET", "/api/staff/requests/" + id, null, "dsny.staff", "wrong").statusCode()).isEqualTo(401);
        staff("GET", id, null, "agent", 200);
    }

    @Test
    void theLifecycleIsGuardedAndEveryStepIsHistory() {
        String id = fileDirtyCondition(40.6702, -73.9400);
        staff("POST", id + "/assign", "{\"assignee\":\"crew-12\"}", "dsny.supervisor", 200);
        staff("POST", id + "/status", "{\"status\":\"in_progress\",\"note\":\"Crew on the way\"}", "dsny.staff", 200);
        staff("POST", id + "/status", "{\"status\":\"submitted\"}", "dsny.staff", 409);
        staff("POST", id + "/status", "{\"status\":\"finished\"}", "dsny.staff", 400);
        staff("POST", id + "/status", "{\"status\":\"closed\",\"outcome\":\"resolved\",\"resolution\":\"Cleaned\",\"note\":\"Done\"}",
                "dsny.staff", 200);
        staff("POST", id + "/status", "{\"status\":\"in_progress\"}", "dsny.staff", 409);
        staff("POST", id + "/reopen", "{\"reason\":\"\"}", "dsny.staff", 400);
        staff("POST", id + "/reopen", "{\"reason\":\"Resident says trash is back\"}", "dsny.staff", 200);
        JsonNode read = staff("GET", id, null, "dsny.staff", 200);
        assertThat(read.path("request").path("status").asString()).isEqualTo("REOPENED");
        List<String> kinds = new java.util.ArrayList<>();
        read.path("history").forEach(h -> kinds.add(h.path("kind").asString()));
        assertThat(kinds).containsSubsequence("submitted", "assigned", "status_changed", "status_changed", "reopened");
        long bad = jdbc.sql("select count(*) from requests.service_request where (status = 'closed') <> (outcome is not null)")
                .query(Long.class).single();
        assertThat(bad).isZero();
    }

    @Test
    void theDatabaseRefusesAnIllegalTransitionEvenWithoutTheCode() {
        String id = fileDirtyCondition(40.6802, -73.9500);
        assertThat(jdbc.sql("update requests.service_request set status = 'action_scheduled' where number = ?")
                .param(id).update()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update requests.service_request set status = 'submitted' where number = ?").param(id).update())
                .hasMessageContaining("cannot move from action_scheduled to submitted");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update requests.service_request set status = 'closed' where number = ?").param(id).update())
                .hasMessageContaining("check");
    }

    @Test
    void reroutingKeepsTheReasonInHistoryAndMovesTheRequest() {
        String id = fileDirtyCondition(40.6902, -73.9600);
        staff("POST", id + "/reroute", "{\"agency\":\"DOT\",\"reason\":\"\"}", "dsny.staff", 400);
        staff("POST", id + "/reroute", "{\"agency\":\"NOPE\",\"reason\":\"x\"}", "dsny.staff", 404);
        staff("POST", id + "/reroute", "{\"agency\":\"DOT\",\"reason\":\"Pothole, not litter\"}", "dsny.staff", 200);
        JsonNode r = Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json?extensions=true").body()).get(0);
        assertThat(r.path("agency_responsible").asString()).isEqualTo("Department of Transportation");
        JsonNode read = staff("GET", id, null, "dot.staff", 200);
        assertThat(read.path("history").toString()).contains("Pothole, not litter");
        staff("GET", id, null, "dsny.staff", 403);
    }
}
