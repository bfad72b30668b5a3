package org.onecity.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.geo.DistrictRef;
import org.onecity.geo.Districts;
import org.onecity.geo.LatLon;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sensitive locations published as a point inside their community district (or alcaldía), with no address. */
@TestPropertySource(properties = {"onecity.opendata.coarsen-services=dfta-elder-abuse",
        "onecity.opendata.coarsen-mode=district-centroid"})
class OpenDataDistrictPointIT extends IntegrationBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    Districts districts;

    @Test
    void sensitiveRequestsShowTheirDistrictsInteriorPointAndNoAddress() {
        double lat = 40.660811976282695;
        double lon = -73.99859430999363;
        DistrictRef cd = districts.locate(lat, lon).in("community_district").orElse(null);
        LatLon expected = districts.representativePoint("community_district", cd.code()).orElseThrow();
        assertThat(districts.locate(expected.lat(), expected.lon()).in("community_district").orElse(null)).isEqualTo(cd);
        assertThat(expected).isNotEqualTo(new LatLon(lat, lon));

        var requester = new Requester("Yara", "Quell", "yara.quell@example.org", null, null, null);
        var sensitive = intake.submit(new SubmitRequest("dfta-elder-abuse", Channel.WEB, "Help needed", lat, lon,
                "186 25 STREET", null, "11232", Map.of(), requester, null, null, "en", null, null,
                Actor.resident())).request();
        Http http = new Http(port);
        String filter = "?service_code=dfta-elder-abuse&from=" + sensitive.requestedAt().minusSeconds(1);
        JsonNode feature = null;
        for (JsonNode f : JSON.readTree(http.get("/api/opendata/requests.geojson" + filter).body()).get("features")) {
            if (f.toString().contains(sensitive.number())) {
                feature = f;
            }
        }
        assertThat(feature).isNotNull();
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(expected.lon());
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(expected.lat());
        String csv = http.get("/api/opendata/requests.csv" + filter).body();
        assertThat(csv).contains(sensitive.number()).doesNotContain("186 25 STREET", "40.660811976282695", "40.661,");
    }

    @Test
    void everyAlcaldiaAndCommunityDistrictHasAPointInsideIt() {
        for (String layer : new String[] {"alcaldia", "community_district"}) {
            assertThat(districts.districts(layer)).as(layer).isNotEmpty();
            for (DistrictRef d : districts.districts(layer)) {
                LatLon p = districts.representativePoint(layer, d.code()).orElseThrow();
                var at = districts.locate(p.lat(), p.lon());
                assertThat("alcaldia".equals(layer) ? at.in("alcaldia").orElse(null) : at.in("community_district").orElse(null)).as(d.code()).isEqualTo(d);
            }
        }
        assertThat(districts.representativePoint("alcaldia", "no-such-code")).isEmpty();
        assertThat(districts.representativePoint("no-such-layer", "1")).isEmpty();
    }
}
