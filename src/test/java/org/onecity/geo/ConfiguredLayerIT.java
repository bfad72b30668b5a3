package org.onecity.geo;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.imports.ImportProgress;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.Imports;
import org.onecity.opendata.Format;
import org.onecity.opendata.OpenData;
import org.onecity.requests.RequestExport;
import org.onecity.requests.RequestQueries;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A third city's layer is configuration only: a "ward" layer given in {@code onecity.geo.extra-layers} fills
 * the districts of requests filed and imported, routes them, filters the queue, and reaches Open311, the staff
 * API, the event agency systems receive and open data, with no code change.
 */
@TestPropertySource(properties = {
        "onecity.opendata.districts[0].property=borough",
        "onecity.opendata.districts[0].layer=borough",
        "onecity.opendata.districts[0].value=name",
        "onecity.opendata.districts[1].property=ward",
        "onecity.opendata.districts[1].layer=ward",
        "onecity.opendata.districts[2].property=ward_name",
        "onecity.opendata.districts[2].layer=ward",
        "onecity.opendata.districts[2].value=name",
        "onecity.workspace.queue-district-layer=ward"})
class ConfiguredLayerIT extends IntegrationBase {

    private static final double[] TIMES_SQUARE = {40.7580, -73.9855};
    private static final double[] CENTRAL_PARK = {40.7829, -73.9654};

    /** One source for the whole list (Spring binds a list from one property source). */
    @DynamicPropertySource
    static void wards(DynamicPropertyRegistry registry) {
        registry.add("onecity.geo.extra-layers[0].id", () -> "ward");
        registry.add("onecity.geo.extra-layers[0].city", () -> "springfield");
        registry.add("onecity.geo.extra-layers[0].code-property", () -> "WARD_NO");
        registry.add("onecity.geo.extra-layers[0].name-property", () -> "WARD_NAME");
        registry.add("onecity.geo.extra-layers[0].file",
                () -> Path.of("src/test/resources/geo/test-wards.geojson").toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Imports imports;

    @Autowired
    RequestQueries queries;

    @Autowired
    OpenData openData;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aWardLayerFillsRoutesFiltersAndPublishes() throws Exception {
        Http http = new Http(port);
        String a = agency(http, "WA");
        String b = agency(http, "WB");
        String lights = service(http, a, "lights");
        String signs = service(http, a, "signs");
        var rule = http.json("POST", "/api/admin/routing/rules", """
                {"serviceCode":"%s","layer":"ward","districtCode":"7","agencyCode":"%s","priority":300,
                 "description":"Ward 7 lights: test rule"}""".formatted(lights, b), "admin", "demo1234");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        var unknown = http.json("POST", "/api/admin/routing/rules", """
                {"serviceCode":"%s","layer":"precinct","districtCode":"7","agencyCode":"%s",
                 "description":"no such layer"}""".formatted(lights, b), "admin", "demo1234");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown layer precinct; the layers are borough, community_district, zip, "
                + "alcaldia, ward");

        JsonNode inWard = file(http, lights, TIMES_SQUARE);
        JsonNode routed = inWard.path("extended_attributes");
        assertThat(routed.path("ward").asString()).isEqualTo("7");
        assertThat(routed.path("borough").asString()).isEqualTo("1");
        assertThat(routed.path("zip_area").asString()).isEqualTo("10036");
        assertThat(routed.path("agency_code").asString()).as("the ward's rule").isEqualTo(b);
        JsonNode outside = file(http, lights, CENTRAL_PARK).path("extended_attributes");
        assertThat(outside.has("ward")).isFalse();
        assertThat(outside.path("agency_code").asString()).isEqualTo(a);
        String signInWard = file(http, signs, TIMES_SQUARE).path("service_request_id").asString();

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        assertThat(rows(admin.get("/workspace?agency=" + a).body())).hasSize(2);
        String wardQueue = admin.get("/workspace?agency=" + a + "&district=7").body();
        assertThat(rows(wardQueue)).containsExactly(signInWard);
        assertThat(wardQueue).contains("<td class=\"govuk-table__cell\">7</td>");
        assertThat(rows(admin.get("/workspace?agency=" + a + "&district=1").body())).hasSize(2);

        String number = inWard.path("service_request_id").asString();
        JsonNode staff = Open311Schemas.parse(http.json("GET", "/api/staff/requests/" + number, null, "admin",
                "demo1234").body());
        assertThat(staff.path("request").path("districts").toString())
                .isEqualTo("{\"borough\":\"1\",\"communityDistrict\":\"105\",\"zipArea\":\"10036\",\"ward\":\"7\"}");
        assertThat(jdbc.sql("""
                select document::jsonb -> 'data' -> 'districts' = '{"borough": "1", "communityDistrict": "105",
                    "zipArea": "10036", "alcaldia": null, "ward": "7"}'::jsonb
                from sharing.outbox where subject = ? and type = 'org.onecity.request.submitted'""")
                .param(number).query(Boolean.class).single()).as("the submitted event's districts").isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        openData.write(Format.JSON, new RequestExport.Criteria(null, null, List.of(b), null), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"service_request_id\":\"" + number + "\"")
                .contains("\"borough\":\"Manhattan\",\"ward\":\"7\",\"ward_name\":\"Ward Seven\"")
                .doesNotContain("community_district");

        String source = "wards-" + System.nanoTime();
        Path csv = Files.writeString(dir.resolve("wards.csv"), String.join("\r\n",
                "Created Date,Unique Key,Closed Date,Agency,Complaint Type,Status,Incident Address,Latitude,Longitude",
                "03/01/2011 02:27:57 PM,1,,DOT,Street Sign - Dangling,Open,1 TIMES SQUARE," + TIMES_SQUARE[0] + ","
                        + TIMES_SQUARE[1],
                "03/01/2011 02:27:57 PM,2,,DOT,Street Sign - Dangling,Open,CENTRAL PARK," + CENTRAL_PARK[0] + ","
                        + CENTRAL_PARK[1]) + "\r\n");
        assertThat(imports.run(new ImportRequest("nyc311-export", csv, null, source), ImportProgress.NONE).imported())
                .isEqualTo(2);
        assertThat(queries.find(source.toUpperCase() + "-1").orElseThrow().districts().code("ward")).isEqualTo("7");
        assertThat(queries.find(source.toUpperCase() + "-2").orElseThrow().districts().codes())
                .containsOnlyKeys("borough", "community_district", "zip");
    }

    private static String agency(Http http, String prefix) {
        String code = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
        assertThat(http.json("PUT", "/api/admin/agencies/" + code, """
                {"code":"%s","name":{"en":"Ward agency","es":"Agencia de distrito"}}""".formatted(code), "admin",
                "demo1234").statusCode()).isEqualTo(200);
        return code;
    }

    private static String service(Http http, String agency, String what) {
        String code = agency.toLowerCase() + "-" + what;
        assertThat(http.json("PUT", "/api/admin/services/" + code, """
                {"agency":"%s","name":{"en":"Ward %s","es":"Distrito %s"},"description":{"en":"d","es":"d"},
                 "group":{"en":"Streets","es":"Calles"},"keywords":{"en":[],"es":[]},"sla_hours":48,
                 "type":"realtime","attributes":[]}""".formatted(agency, what, what), "admin", "demo1234").statusCode())
                .isEqualTo(200);
        return code;
    }

    private static JsonNode file(Http http, String service, double[] at) {
        var posted = http.postForm("/open311/v2/requests.json", List.of(entry("api_key", "demo-key"),
                entry("service_code", service), entry("lat", String.valueOf(at[0])),
                entry("long", String.valueOf(at[1]))));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = Open311Schemas.parse(posted.body()).get(0).path("service_request_id").asString();
        return Open311Schemas.parse(http.get("/open311/v2/requests/" + id + ".json?extensions=true").body()).get(0);
    }

    private static List<String> rows(String html) {
        return Pattern.compile("name=\"numbers\" value=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
                .toList();
    }
}
