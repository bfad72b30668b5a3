package org.onecity.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The GeoReport v2 surface over real HTTP, every JSON answer checked against the official schemas. */
class Open311ConformanceIT extends IntegrationBase {

    static final String KEY = "demo-key";
    static final double LAT = 40.7580;
    static final double LON = -73.9855;

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static List<Map.Entry<String, String>> rodentRequest() {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(entry("api_key", KEY));
        f.add(entry("service_code", "dohmh-rodent"));
        f.add(entry("lat", String.valueOf(LAT)));
        f.add(entry("long", String.valueOf(LON)));
        f.add(entry("description", "Rats running near the garbage bags,\nevery night."));
        f.add(entry("attribute[descriptor]", "rat-sighting"));
        f.add(entry("attribute[seen_where][]", "sidewalk"));
        f.add(entry("attribute[seen_where][]", "garbage-area"));
        f.add(entry("email", "resident@example.org"));
        f.add(entry("first_name", "Rosa"));
        return f;
    }

    @Test
    void discoveryInBothFormats() {
        var json = http.get("/open311/v2/discovery.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode d = Open311Schemas.parse(json.body());
        assertThat(d.path("endpoints").get(0).path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(d.path("endpoints").get(0).path("formats").toString()).contains("text/xml", "application/json");
        var xml = http.get("/open311/v2/discovery.xml");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        assertThat(Xml.root(xml.body()).getTagName()).isEqualTo("discovery");
        assertThat(Xml.texts(xml.body(), "format")).contains("text/xml", "application/json");
    }

    @Test
    void servicesListTheWholeDemoCatalogInTheResidentsLanguage() {
        var en = http.get("/open311/v2/services.json");
        JsonNode services = Open311Schemas.assertEachValid(en.body(), "service.json");
        assertThat(services.size()).isGreaterThanOrEqualTo(171);
        JsonNode noise = find(services, "nypd-noise-residential");
        assertThat(noise.path("service_name").asString()).isEqualTo("Noise - Residential");
        assertThat(noise.path("metadata").asBoolean()).isTrue();
        assertThat(noise.path("type").asString()).isEqualTo("realtime");
        var es = http.get("/open311/v2/services.json", "Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
        assertThat(find(Open311Schemas.parse(es.body()), "nypd-noise-residential").path("service_name").asString())
                .isEqualTo("Ruido - Residencial");
        var param = http.get("/open311/v2/services.json?locale=es");
        assertThat(find(Open311Schemas.parse(param.body()), "nypd-noise-residential").path("service_name").asString())
                .isEqualTo("Ruido - Residencial");
        var unknownLanguage = http.get("/open311/v2/services.json", "Accept-Language", "de");
        assertThat(find(Open311Schemas.parse(unknownLanguage.body()), "nypd-noise-residential")
                .path("service_name").asString()).isEqualTo("Noise - Residential");
        var xml = http.get("/open311/v2/services.xml");
        assertThat(Xml.root(xml.body()).getTagName()).isEqualTo("services");
        assertThat(Xml.children(xml.body(), "service")).isEqualTo(services.size());
    }

    @Test
    void serviceDefinitionsCarryEverySixDatatypes() {
        var food = http.get("/open311/v2/services/dohmh-food-poisoning.json");
        JsonNode def = Open311Schemas.assertValid(food.body(), "service-definition.json");
        assertThat(def.path("service_code").asString()).isEqualTo("dohmh-food-poisoning");
        List<String> types = new ArrayList<>();
        for (String code : List.of("dohmh-food-poisoning", "dohmh-rodent", "hpd-heat-hot-water")) {
            JsonNode d = Open311Schemas.assertValid(http.get("/open311/v2/services/" + code + ".json").body(),
                    "service-definition.json");
            d.path("attributes").forEach(a -> types.add(a.path("datatype").asString()));
        }
        assertThat(types).contains("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");
        var xml = http.get("/open311/v2/services/dohmh-rodent.xml");
        assertThat(Xml.root(xml.body()).getTagName()).isEqualTo("service_definition");
        assertThat(Xml.children(xml.body(), "attribute")).isEqualTo(2);
        assertThat(Xml.texts(xml.body(), "key")).contains("rat-sighting", "garbage-area");
        var missing = http.get("/open311/v2/services/no-such-service.json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Open311Schemas.parse(missing.body()).get(0).path("code").asInt()).isEqualTo(404);
        var wrongJurisdiction = http.get("/open311/v2/services.xml?jurisdiction_id=elsewhere.gov");
        assertThat(wrongJurisdiction.statusCode()).isEqualTo(404);
        assertThat(Xml.root(wrongJurisdiction.body()).getTagName()).isEqualTo("errors");
        assertThat(http.get("/open311/v2/services.json?jurisdiction_id=onecity").statusCode()).isEqualTo(200);
        assertThat(http.get("/open311/v2/services.json?jurisdiction_id=").statusCode()).isEqualTo(200);
    }

    @Test
    void postedRequestCanBeFollowedInJsonAndXml() {
        var posted = http.postForm("/open311/v2/requests.json", rodentRequest());
        assertThat(posted.statusCode()).isEqualTo(201);
        JsonNode created = Open311Schemas.parse(posted.body());
        assertThat(created.isArray()).isTrue();
        String id = created.get(0).path("service_request_id").asString();
        assertThat(id).startsWith("311-");
        assertThat(created.get(0).has("token")).isFalse();

        var one = http.get("/open311/v2/requests/" + id + ".json");
        JsonNode r = Open311Schemas.assertEachValid(one.body(), "request.json").get(0);
        assertThat(r.path("status").asString()).isEqualTo("open");
        assertThat(r.path("service_code").asString()).isEqualTo("dohmh-rodent");
        assertThat(r.path("agency_responsible").asString()).contains("Health");
        assertThat(r.path("expected_datetime").asString()).isNotBlank();
        assertThat(r.path("lat").asDouble()).isEqualTo(LAT);
        assertThat(r.toString()).doesNotContain("resident@example.org").doesNotContain("Rosa");

        var ext = http.get("/open311/v2/requests/" + id + ".json?extensions=true");
        JsonNode e = Open311Schemas.assertEachValid(ext.body(), "request.json").get(0);
        assertThat(e.path("extended_attributes").path("channel").asString()).isEqualTo("api");
        assertThat(e.path("extended_attributes").path("detailed_status").asString()).isEqualTo("OPEN");
        assertThat(e.path("notes").get(0).path("type").asString()).isEqualTo("opened");
        assertThat(e.path("attributes").toString()).contains("seen_where", "garbage-area");

        var xml = http.get("/open311/v2/requests/" + id + ".xml?extensions=true");
        assertThat(Xml.root(xml.body()).getTagName()).isEqualTo("service_requests");
        assertThat(Xml.texts(xml.body(), "service_request_id")).contains(id);
        assertThat(Xml.children(xml.body(), "note")).isGreaterThanOrEqualTo(1);
    }

    static JsonNode find(JsonNode services, String code) {
        for (JsonNode s : services) {
            if (s.path("service_code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no service " + code);
    }

    static String idOf(HttpResponse<String> posted) {
        return Open311Schemas.parse(posted.body()).get(0).path("service_request_id").asString();
    }
}
