package org.onecity.geo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationBase;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoApiIT extends IntegrationBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void listsTheLayers() throws Exception {
        HttpResponse<String> response = get("/api/geo/layers");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode layers = JSON.readTree(response.body());
        assertThat(layers.size()).isEqualTo(4);
        assertThat(layers.get(0).toString())
                .isEqualTo("{\"id\":\"borough\",\"city\":\"nyc\",\"title\":\"NYC boroughs\",\"districtCount\":5}");
        assertThat(layers.get(3).path("id").asString()).isEqualTo("alcaldia");
    }

    @Test
    void servesALayerAsCacheableGeoJson() throws Exception {
        HttpResponse<String> response = get("/api/geo/layers/alcaldia.geojson?tolerance=0.001");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/geo+json"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("max-age=86400, public");
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").size()).isEqualTo(16);
        assertThat(collection.path("features").get(0).path("properties").toString())
                .isEqualTo("{\"layer\":\"alcaldia\",\"code\":\"002\",\"name\":\"Azcapotzalco\"}");

        HttpResponse<String> byDefault = get("/api/geo/layers/borough.geojson");
        assertThat(byDefault.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byDefault.body()).path("features").size()).isEqualTo(5);
    }

    @Test
    void refusesUnknownLayersAndBadTolerances() throws Exception {
        HttpResponse<String> unknown = get("/api/geo/layers/wards.geojson");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").asString())
                .isEqualTo("Unknown district layer; the layers are borough, community_district, zip, alcaldia");

        for (String tolerance : new String[] {"0.5", "-0.001", "abc", "NaN", "1e-4"}) {
            HttpResponse<String> bad = get("/api/geo/layers/zip.geojson?tolerance=" + tolerance);
            assertThat(bad.statusCode()).as(tolerance).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).path("error").asString()).startsWith("tolerance");
        }
        assertThat(get("/api/geo/layers/zip.geojson?tolerance=0.01").statusCode()).isEqualTo(200);
        assertThat(get("/api/geo/layers/zip.geojson?tolerance=").statusCode()).as("empty: the default").isEqualTo(200);
    }

    @Test
    void locatesAPoint() throws Exception {
        HttpResponse<String> response = get("/api/geo/locate?lat=40.7580&long=-73.9855");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode at = JSON.readTree(response.body());
        assertThat(at.path("borough").toString())
                .isEqualTo("{\"layer\":\"borough\",\"code\":\"1\",\"name\":\"Manhattan\"}");
        assertThat(at.path("communityDistrict").path("name").asString()).isEqualTo("Manhattan CD 5");
        assertThat(at.path("zipArea").path("code").asString()).isEqualTo("10036");
        assertThat(at.has("alcaldia")).isFalse();

        JsonNode zocalo = JSON.readTree(get("/api/geo/locate?lat=19.4326&long=-99.1332").body());
        assertThat(zocalo.path("alcaldia").path("name").asString()).isEqualTo("Cuauhtémoc");

        HttpResponse<String> newark = get("/api/geo/locate?lat=40.6895&long=-74.1745");
        assertThat(newark.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(newark.body()).size()).isZero();
    }

    @Test
    void refusesMissingOrBadCoordinates() throws Exception {
        String[] queries = {"", "?lat=40.7", "?long=-73.9", "?lat=abc&long=-73.9", "?lat=NaN&long=-73.9",
            "?lat=91&long=-73.9", "?lat=40.7&long=-181", "?lat=40.7&lon=-73.9", "?lat=1e1&long=2"};
        for (String query : queries) {
            HttpResponse<String> response = get("/api/geo/locate" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asString()).as(query).isNotBlank();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
