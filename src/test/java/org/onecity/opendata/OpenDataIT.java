package org.onecity.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.imports.ImportProgress;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.ImportSummary;
import org.onecity.imports.Imports;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Public downloads in four layouts with no personal data, coarsened sensitive locations, and an exact round trip. */
@TestPropertySource(properties = "onecity.opendata.coarsen-services=dfta-elder-abuse")
class OpenDataIT extends IntegrationBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWork work;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void downloadsCarryNoPersonalDataAndCoarsenSensitiveLocations() throws Exception {
        var requester = new Requester("Zelda", "Quixotic", "zelda.quixotic@example.org", "+1 917 555 0123", "dev-77", null);
        var submitted = intake.submit(new SubmitRequest("dfta-elder-abuse", Channel.WEB,
                "My neighbour needs help, reach me at zelda.q@example.org or 917-555-0123.", 40.660811976282695,
                -73.99859430999363, "186 25 STREET", null, "11232", Map.of(), requester, null, null, "en", null, null,
                Actor.resident())).request();
        work.addNote(submitted.number(), "Internal: caller Zelda sounds distressed", false, Actor.staff("agent"));
        Http http = new Http(port);
        String filter = "?service_code=dfta-elder-abuse&from=" + submitted.requestedAt().minusSeconds(1);
        for (String path : List.of("requests.csv", "requests.open311.csv", "requests.json", "requests.geojson")) {
            var response = http.get("/api/opendata/" + path + filter);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String body = response.body();
            assertThat(body).as("each file in its own format: " + path).startsWith(switch (path) {
                case "requests.csv" -> "Unique Key";
                case "requests.open311.csv" -> "service_request_id";
                case "requests.json" -> "[";
                default -> "{\"type\":\"FeatureCollection\"";
            });
            assertThat(body).as(path).contains(submitted.number())
                    .doesNotContain("Zelda", "Quixotic", "example.org", "917-555-0123", "917 555 0123", "dev-77",
                            "Internal", "distressed", "186 25 STREET", "40.660811976282695");
            if (!path.equals("requests.csv")) {
                assertThat(body).as("the description, scrubbed, in " + path).contains("[email removed]", "[phone removed]");
            }
        }
        JsonNode geo = JSON.readTree(http.get("/api/opendata/requests.geojson" + filter).body());
        JsonNode feature = geo.get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-73.999);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(40.661);
        assertThat(feature.get("properties").get("description").asString())
                .isEqualTo("My neighbour needs help, reach me at [email removed] or [phone removed].");
        JsonNode json = JSON.readTree(http.get("/api/opendata/requests.json" + filter).body());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(json.size() - 1).get("zipcode").asString()).isEqualTo("11232");
        assertThat(http.get("/api/opendata/requests.csv?from=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void nycLayoutMatchesThePortalAndRoundTripsThroughTheShippedMapping() throws Exception {
        long n = System.nanoTime();
        String original = "orig" + n;
        String again = "again" + n;
        Path file = Path.of("src/test/resources/nyc311/nyc311_2022_export.csv");
        ImportSummary first = imports.run(new ImportRequest("nyc311-export", file, null, original), ImportProgress.NONE);

        String body = new Http(port).get("/api/opendata/requests.csv?from=2022-04-30&to=2022-05-02").body();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body)).getRecords();
        String portalHeader = Files.readAllLines(file).get(0);
        assertThat(body.substring(0, body.indexOf("\r\n"))).isEqualTo(portalHeader);
        StringBuilder mine = new StringBuilder(portalHeader).append("\r\n");
        String prefix = original.toUpperCase() + "-";
        var printer = CSVFormat.RFC4180.print(mine);
        for (CSVRecord r : records) {
            if (r.get("Unique Key").startsWith(prefix)) {
                printer.printRecord(r.values());
            }
        }
        Path exported = dir.resolve("exported.csv");
        Files.writeString(exported, mine, StandardCharsets.UTF_8);
        ImportSummary second = imports.run(new ImportRequest("nyc311-export", exported, null, again), ImportProgress.NONE);

        assertThat(second.rowsRead()).isEqualTo(first.imported());
        assertThat(second.imported()).isEqualTo(first.imported());
        assertThat(rows(again, prefix)).isEqualTo(rows(original, ""));
    }

    private List<String> rows(String source, String keyPrefix) {
        return jdbc.sql("""
                select concat_ws('|', substr(source_key, length(?) + 1), service_code, agency_code, status, outcome,
                    channel, lat, lon, address, address_id, zipcode, districts::text, attributes::text,
                    requested_at, updated_at, expected_at, closed_at, resolution)
                from requests.service_request where source = ? order by source_key""")
                .params(keyPrefix, source).query(String.class).list();
    }
}
