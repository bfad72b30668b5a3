package org.onecity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.Requester;
import org.onecity.requests.ServiceRequest;
import org.onecity.requests.SubmitRequest;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A texted address, and an address typed on the portal without a map point, are located the same
 * way: from requests already filed at that address with a point (spelling differences in case,
 * punctuation, "Street"/"St", ordinals do not matter), so the request gets coordinates and districts.
 * An address whose known points disagree stays text only.
 */
class AddressLocatingIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Test
    void aTextedAddressGetsTheKnownPointAndItsDistricts() {
        int house = 1000 + ThreadLocalRandom.current().nextInt(8999);
        ServiceRequest known = seed(house + " JAY STREET", 40.6995, -73.9868);
        assertThat(known.districts().code("community_district")).isNotNull();

        String phone = "+1646" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String menu = text(phone, "rats");
        int rodent = line(menu, "Rodent");
        text(phone, String.valueOf(rodent));
        assertThat(text(phone, "1")).contains("Where is it?");
        String filed = text(phone, house + " Jay St., Brooklyn");
        ServiceRequest r = queries.find(filed.replaceAll("(?s).*(311-\\d+).*", "$1")).orElseThrow();
        assertThat(r.channel()).isEqualTo(Channel.SMS);
        assertThat(r.address()).isEqualTo(house + " Jay St., Brooklyn");
        assertThat(r.lat()).isEqualTo(40.6995);
        assertThat(r.lon()).isEqualTo(-73.9868);
        assertThat(r.districts().code("community_district")).isEqualTo(known.districts().code("community_district"));
        assertThat(r.districts().code("borough")).isEqualTo(known.districts().code("borough"));
    }

    @Test
    void thePortalLocatesATypedAddressTheSameWayAndLeavesUnknownOrAmbiguousOnesAsText() {
        int house = 1000 + ThreadLocalRandom.current().nextInt(8999);
        seed(house + " West 4th Street", 40.7322, -74.0003);
        WebSession web = new WebSession(port);
        web.get("/services/dsny-graffiti");
        String typed = web.postMultipart("/services/dsny-graffiti",
                List.of(Map.entry("address", house + " W 4 St, Manhattan")), List.of()).headers().firstValue("Location").orElseThrow();
        ServiceRequest located = queries.find(typed.replaceAll(".*/track/([^?]+).*", "$1")).orElseThrow();
        assertThat(located.lat()).isEqualTo(40.7322);
        assertThat(located.districts().code("community_district")).isNotNull();

        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        agent.get("/agent/file/dsny-graffiti?phone=2125550123");
        var byPhone = agent.postMultipart("/agent/file/dsny-graffiti", List.of(Map.entry("phone", "2125550123"),
                Map.entry("address", house + " WEST 4 STREET")), List.of());
        assertThat(byPhone.statusCode()).as(byPhone.body()).isEqualTo(302);
        String phoned = WebSession.location(byPhone).replaceAll(".*filed=([^&]+).*", "$1");
        assertThat(queries.find(phoned).orElseThrow().lat()).as("the agent's typed address too").isEqualTo(40.7322);

        seed(house + " Broadway", 40.7590, -73.9845);
        seed(house + " Broadway", 40.6950, -73.9300);
        String ambiguous = web.postMultipart("/services/dsny-graffiti",
                List.of(Map.entry("address", house + " Broadway")), List.of()).headers().firstValue("Location").orElseThrow();
        ServiceRequest text = queries.find(ambiguous.replaceAll(".*/track/([^?]+).*", "$1")).orElseThrow();
        assertThat(text.lat()).as("two known points far apart: not guessed").isNull();
        assertThat(text.address()).isEqualTo(house + " Broadway");
    }

    private ServiceRequest seed(String address, double lat, double lon) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "seed", lat, lon, address, null, null,
                Map.of("descriptor", List.of("trash")), Requester.ANONYMOUS, List.of(), List.of(), "en", null, null, null))
                .request();
    }

    private String text(String phone, String body) {
        var r = new Http(port).postForm("/sms/inbound", List.of(Map.entry("From", phone), Map.entry("Body", body),
                Map.entry("secret", "demo-sms-secret")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll("(?s).*<Message>(.*)</Message>.*", "$1");
    }

    private static int line(String menu, String name) {
        for (String l : menu.split("\n")) {
            if (l.contains(name)) {
                return Integer.parseInt(l.split(" ")[0]);
            }
        }
        throw new AssertionError(name + " not in " + menu);
    }
}
