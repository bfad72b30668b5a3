package org.onecity.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Each kind of bad input gets the right Open311 error and status, and nothing is written. */
class Open311BadInputIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private List<Map.Entry<String, String>> valid() {
        return new ArrayList<>(Open311ConformanceIT.rodentRequest());
    }

    private List<Map.Entry<String, String>> with(Consumer<List<Map.Entry<String, String>>> change) {
        var f = valid();
        change.accept(f);
        return f;
    }

    private static void set(List<Map.Entry<String, String>> f, String name, String value) {
        f.removeIf(e -> e.getKey().equals(name));
        if (value != null) {
            f.add(entry(name, value));
        }
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from requests.service_request) + (select count(*) from requests.history)"
                + " + (select count(*) from requests.requester) + (select count(*) from requests.media)")
                .query(Long.class).single();
    }

    private JsonNode rejected(List<Map.Entry<String, String>> form, int status, String containing) {
        long before = rows();
        HttpResponse<String> r = http.postForm("/open311/v2/requests.json", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode errors = Open311Schemas.parse(r.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
        assertThat(errors.toString()).contains(containing);
        assertThat(rows()).as("nothing written").isEqualTo(before);
        return errors;
    }

    @Test
    void apiKeyIsRequiredForPosting() {
        rejected(with(f -> set(f, "api_key", null)), 403, "api_key");
        rejected(with(f -> set(f, "api_key", "wrong-key")), 403, "api_key");
    }

    @Test
    void unknownServiceAndJurisdictionAre404() {
        rejected(with(f -> set(f, "service_code", "no-such-thing")), 404, "service_code");
        rejected(with(f -> set(f, "jurisdiction_id", "springfield.gov")), 404, "jurisdiction_id");
    }

    @Test
    void locationProblemsAre400() {
        rejected(with(f -> { set(f, "lat", null); set(f, "long", null); }), 400, "location is required");
        rejected(with(f -> set(f, "long", null)), 400, "together");
        rejected(with(f -> set(f, "lat", "north")), 400, "lat must be a decimal number");
        rejected(with(f -> set(f, "lat", "91")), 400, "-90..90");
        rejected(with(f -> set(f, "lat", "NaN")), 400, "decimal number");
        rejected(with(f -> { set(f, "lat", "51.5007"); set(f, "long", "-0.1246"); }), 400, "outside the city");
        rejected(with(f -> set(f, "service_code", null)), 400, "service_code is required");
    }

    @Test
    void attributeProblemsAre400AndNameTheAttribute() {
        rejected(with(f -> set(f, "attribute[descriptor]", null)), 400, "attribute[descriptor] is required");
        rejected(with(f -> set(f, "attribute[descriptor]", "unicorn")), 400, "has no value 'unicorn'");
        rejected(with(f -> f.add(entry("attribute[seen_where][]", "on-the-moon"))), 400, "attribute[seen_where]");
        var food = new ArrayList<Map.Entry<String, String>>(List.of(entry("api_key", "demo-key"),
                entry("service_code", "dohmh-food-poisoning"), entry("address_string", "1 Centre St, New York"),
                entry("attribute[descriptor]", "1-or-2"), entry("attribute[people_ill]", "several")));
        rejected(food, 400, "attribute[people_ill] must be a number");
        set(food, "attribute[people_ill]", "2");
        food.add(entry("attribute[meal_time]", "yesterday evening"));
        rejected(food, 400, "ISO-8601");
    }

    @Test
    void textProblemsAre400() {
        rejected(with(f -> set(f, "description", "x".repeat(4001))), 400, "4000");
        rejected(with(f -> set(f, "description", "<script>alert(1)</script>")), 400, "not HTML");
        rejected(with(f -> set(f, "description", "see <a href=x>here</a>")), 400, "not HTML");
        rejected(with(f -> set(f, "email", "not-an-email")), 400, "email");
        rejected(with(f -> set(f, "media_url", "javascript:alert(1)")), 400, "media_url");
    }

    @Test
    void searchProblemsAre400() {
        for (String query : List.of("start_date=yesterday", "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
                "end_date=2026-01-01T00:00:00Z&start_date=2026-02-01T00:00:00Z", "page_size=100000", "page_size=0",
                "page=-1", "status=pending", "updated_after=soon")) {
            var r = http.get("/open311/v2/requests.json?" + query);
            assertThat(r.statusCode()).as(query + " -> " + r.body()).isEqualTo(400);
            assertThat(Open311Schemas.parse(r.body()).get(0).path("code").asInt()).isEqualTo(400);
        }
        var xml = http.get("/open311/v2/requests.xml?page_size=100000");
        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(Xml.root(xml.body()).getTagName()).isEqualTo("errors");
        assertThat(Xml.texts(xml.body(), "code")).containsExactly("400");
        assertThat(http.get("/open311/v2/requests/311-0.json").statusCode()).isEqualTo(404);
        assertThat(http.get("/open311/v2/tokens/nope.json").statusCode()).isEqualTo(404);
        assertThat(http.get("/open311/v2/services.yaml").statusCode()).isEqualTo(404);
        var nothing = http.get("/open311/v2/nothing-here.xml");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(Xml.root(nothing.body()).getTagName()).isEqualTo("errors");
        var wrongMethod = http.json("DELETE", "/open311/v2/requests.json", null, null, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(404);
        assertThat(Open311Schemas.parse(wrongMethod.body()).get(0).path("description").asString()).contains("DELETE");
    }

    @Test
    void malformedAndNonImageMultipartIs400() {
        long before = rows();
        var broken = http.postRaw("/open311/v2/requests.json", "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\ndemo-key\r\n--XY".getBytes());
        assertThat(broken.statusCode()).as(broken.body()).isIn(400, 403);
        assertThat(Open311Schemas.parse(broken.body()).isArray()).isTrue();
        var notImage = http.postMultipart("/open311/v2/requests.json", valid(),
                List.of(new Http.FilePart("media", "evil.jpg", "image/jpeg", "<?php echo 1; ?> not a photo".getBytes())));
        assertThat(notImage.statusCode()).isEqualTo(400);
        assertThat(notImage.body()).contains("JPEG, PNG, GIF or WebP");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void severalProblemsAreReportedTogether() {
        JsonNode errors = rejected(with(f -> {
            set(f, "attribute[descriptor]", null);
            set(f, "description", "<b>bold</b>");
        }), 400, "attribute[descriptor]");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
    }
}
