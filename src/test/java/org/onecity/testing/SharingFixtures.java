package org.onecity.testing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.onecity.testing.Http;
import org.onecity.testing.Open311Schemas;

/** Requests with distinctive requester details, filed through Open311 as a resident's app would. */
public final class SharingFixtures {

    public static final String PW = "demo1234";

    private SharingFixtures() {
    }

    public record Person(String first, String last, String email, String phone, String device) {

        public static Person unique() {
            long n = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
            return new Person("Zebulon" + n, "Quixtar" + n, "zq" + n + "@mail.example", "+1 646 " + (n % 10_000_000),
                    "device-" + n);
        }
    }

    /** Files a dirty-condition request (DSNY in the demo routing) for the person; returns its number. */
    public static String file(Http http, Person p, double lat, double lon) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(entry("api_key", "demo-key"),
                entry("service_code", "dsny-dirty-condition"), entry("lat", String.valueOf(lat)),
                entry("long", String.valueOf(lon)), entry("attribute[descriptor]", "trash")));
        if (p != null) {
            form.addAll(List.of(entry("first_name", p.first()), entry("last_name", p.last()), entry("email", p.email()),
                    entry("phone", p.phone()), entry("device_id", p.device())));
        }
        var r = http.postForm("/open311/v2/requests.json", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Open311Schemas.parse(r.body()).get(0).path("service_request_id").asString();
    }
}
