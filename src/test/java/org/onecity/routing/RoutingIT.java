package org.onecity.routing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Requests get their districts from their coordinates, and geography overrides the owning agency. */
class RoutingIT extends IntegrationBase {

    @LocalServerPort
    int port;

    private JsonNode file(Http http, String service, double lat, double lon) {
        var form = new java.util.ArrayList<>(List.of(entry("api_key", "demo-key"),
                entry("service_code", service), entry("lat", String.valueOf(lat)), entry("long", String.valueOf(lon))));
        JsonNode def = Open311Schemas.parse(http.get("/open311/v2/services/" + service + ".json").body());
        for (JsonNode a : def.path("attributes")) {
            if (a.path("required").asBoolean()) {
                form.add(entry("attribute[" + a.path("code").asString() + "]",
                        a.path("values").get(0).path("key").asString()));
            }
        }
        var posted = http.postForm("/open311/v2/requests.json", form);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = Open311Schemas.parse(posted.body()).get(0).path("service_request_id").asString();
        return Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json?extensions=true").body()).get(0);
    }

    @Test
    void districtsComeFromCoordinatesAndRulesOverrideTheOwner() {
        Http http = new Http(port);
        JsonNode timesSquare = file(http, "nypd-noise-park", 40.7580, -73.9855);
        assertThat(timesSquare.path("extended_attributes").path("agency_code").asString()).isEqualTo("NYPD");
        assertThat(timesSquare.path("extended_attributes").path("borough").asString()).isEqualTo("1");
        assertThat(timesSquare.path("extended_attributes").path("community_district").asString()).isEqualTo("105");
        assertThat(timesSquare.path("extended_attributes").path("zip_area").asString()).isEqualTo("10036");

        JsonNode centralPark = file(http, "nypd-noise-park", 40.7829, -73.9654);
        assertThat(centralPark.path("extended_attributes").path("community_district").asString()).isEqualTo("164");
        assertThat(centralPark.path("extended_attributes").path("agency_code").asString()).isEqualTo("DPR");

        JsonNode zocalo = file(http, "cdmx-pension-hombres-bienestar-info", 19.4326, -99.1332);
        assertThat(zocalo.path("extended_attributes").path("alcaldia").asString()).isEqualTo("015");
        assertThat(zocalo.path("extended_attributes").path("agency_code").asString()).isEqualTo("SIBISO");
    }

    @Test
    void adminsAddRulesAndAskWhyARequestGoesWhereItGoes() {
        Http http = new Http(port);
        var added = http.json("POST", "/api/admin/routing/rules", """
                {"serviceCode":"dot-street-light-condition","layer":"borough","districtCode":"5",
                 "agencyCode":"DSNY","priority":300,"description":"Staten Island lights: test rule"}""", "admin", "demo1234");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = Open311Schemas.parse(added.body()).path("id").asLong();
        var why = http.json("GET", "/api/admin/routing/explain?service_code=dot-street-light-condition&lat=40.6437&long=-74.0736",
                null, "admin", "demo1234");
        assertThat(Open311Schemas.parse(why.body()).path("agencyCode").asString()).isEqualTo("DSNY");
        assertThat(why.body()).contains("Staten Island lights");
        var invalid = http.json("POST", "/api/admin/routing/rules", "{\"agencyCode\":\"NOPE\",\"description\":\"x\"}",
                "admin", "demo1234");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("unknown agency_code", "needs a service_code");
        assertThat(http.json("DELETE", "/api/admin/routing/rules/" + id, null, "admin", "demo1234").statusCode()).isEqualTo(204);
        var after = http.json("GET", "/api/admin/routing/explain?service_code=dot-street-light-condition&lat=40.6437&long=-74.0736",
                null, "admin", "demo1234");
        assertThat(Open311Schemas.parse(after.body()).path("agencyCode").asString()).isEqualTo("DOT");
    }
}
