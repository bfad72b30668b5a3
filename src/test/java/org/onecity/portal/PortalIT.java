package org.onecity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal without JavaScript: find, file (every datatype, a photo, errors), duplicates, track, survey, reopen. */
class PortalIT extends ChannelsBase {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @LocalServerPort
    int port;

    @Autowired
    RequestWork work;

    @Autowired
    RequestQueries queries;

    @Autowired
    Feedback feedback;

    @Test
    void searchFindsServicesInEverydayWordsInTheChosenLanguage() {
        WebSession web = new WebSession(port);
        assertThat(web.get("/search?q=rats").body()).contains("/services/dohmh-rodent");
        var es = web.get("/search?q=ratas&lang=es");
        assertThat(es.body()).contains("/services/dohmh-rodent").contains("lang=\"es\"");
        assertThat(web.get("/").body()).as("the language is remembered in a cookie").contains("lang=\"es\"")
                .contains("Ver por tema");
        assertThat(web.get("/groups/noise").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormRendersAllSixDatatypesAndTiesErrorsToFields() {
        WebSession web = new WebSession(port);
        String page = web.get("/services/dohmh-food-poisoning").body();
        assertThat(page).contains("type=\"number\"").contains("type=\"datetime-local\"").contains("<textarea")
                .contains("<select").contains("name=\"attribute[establishment_name]\"");
        assertThat(web.get("/services/dohmh-rodent").body()).contains("multiple");
        var refused = web.postMultipart("/services/dohmh-food-poisoning", List.of(Map.entry("email", "not-an-email")),
                List.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#attr-descriptor\"")
                .contains("id=\"attr-descriptor-error\"").contains("aria-describedby=\"attr-descriptor-error\"")
                .contains("id=\"email-error\"").contains("email-hint email-error").contains("id=\"location-error\"")
                .contains("value=\"not-an-email\"");
        String summary = refused.body().substring(refused.body().indexOf("govuk-error-summary__list"));
        assertThat(summary.indexOf("#attr-descriptor")).as("the summary follows the page's order")
                .isLessThan(summary.indexOf("#address")).isLessThan(summary.indexOf("#email"));
    }

    @Test
    void aResidentFilesWithAPhotoSeesDuplicatesTracksAnswersTheSurveyAndAsksToReopen() {
        WebSession web = new WebSession(port);
        double lat = 40.750 + ThreadLocalRandom.current().nextDouble(0.02);
        double lon = -73.990 + ThreadLocalRandom.current().nextDouble(0.015);
        web.get("/services/dohmh-food-poisoning");
        var filed = web.postMultipart("/services/dohmh-food-poisoning", fields(lat, lon, "portal.it@example.com"),
                List.of(new Http.FilePart("photo", "p.png", "image/png", PNG)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String number = WebSession.location(filed).replaceAll(".*/track/([^?]+).*", "$1");
        var request = queries.find(number).orElseThrow();
        assertThat(request.channel().wire()).isEqualTo("web");
        assertThat(request.mediaIds()).hasSize(1);
        assertThat(request.attributes()).containsEntry("people_ill", "3").containsKey("meal_time");
        assertThat(queries.requester(number).orElseThrow().email()).isEqualTo("portal.it@example.com");

        String confirmationUrl = WebSession.location(filed);
        assertThat(confirmationUrl).contains("?filed&key=");
        String key = confirmationUrl.replaceAll(".*[?&]key=([^&]+).*", "$1");
        var confirmation = web.get(confirmationUrl);
        assertThat(confirmation.body()).contains("govuk-panel--confirmation").contains(number)
                .contains("id=\"private-link\"").contains("/track/" + number + "?key=" + key);

        web.get("/services/dohmh-food-poisoning");
        var again = web.postMultipart("/services/dohmh-food-poisoning", fields(lat, lon, ""), List.of());
        assertThat(again.statusCode()).as("the nearby open request is offered first").isEqualTo(200);
        assertThat(again.body()).contains("/track/" + number).contains("name=\"confirmNew\"");
        var nearby = web.get("/services/dohmh-food-poisoning/nearby?lat=" + lat + "&lon=" + lon);
        assertThat(nearby.body()).contains(number);

        assertThat(web.get("/track?number=" + number.substring(4)).headers().firstValue("Location").orElseThrow())
                .endsWith("/track/" + number);
        work.changeStatus(new ChangeStatus(number, RequestStatus.CLOSED, ClosureOutcome.RESOLVED, "Inspected",
                true, "Inspected the restaurant", Actor.staff("portal-it")));
        var closed = web.get("/track/" + number);
        assertThat(closed.body()).as("the number alone does not give the survey").contains("Inspected the restaurant")
                .doesNotContain("name=\"rating\"").doesNotContain("name=\"reason\"").contains("id=\"need-link\"");
        var stranger = web.post("/track/" + number + "/survey", List.of(Map.entry("rating", "1"), Map.entry("comment", "x")));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(web.post("/track/" + number + "/reopen", List.of(Map.entry("reason", "x"), Map.entry("key", key + "x")))
                .statusCode()).isEqualTo(403);
        assertThat(feedback.survey(number)).isEmpty();
        assertThat(feedback.reopenAsks(number)).isEmpty();
        var mine = web.get("/track/" + number + "?key=" + key);
        assertThat(mine.body()).contains("name=\"rating\"").contains("name=\"reason\"");
        assertThat(web.post("/track/" + number + "/survey", List.of(Map.entry("rating", "9"), Map.entry("key", key)))
                .statusCode()).isEqualTo(200);
        var survey = web.post("/track/" + number + "/survey", List.of(Map.entry("rating", "4"), Map.entry("comment", "Quick"),
                Map.entry("key", key)));
        assertThat(WebSession.location(survey)).endsWith("?thanks&key=" + key);
        assertThat(feedback.survey(number).orElseThrow().rating()).isEqualTo(4);
        web.get("/track/" + number + "?key=" + key);
        var reopen = web.post("/track/" + number + "/reopen", List.of(Map.entry("reason", "Still sick people"),
                Map.entry("key", key)));
        assertThat(WebSession.location(reopen)).endsWith("?asked&key=" + key);
        assertThat(feedback.reopenAsks(number)).extracting(Feedback.ReopenAsk::reason).containsExactly("Still sick people");
        assertThat(queries.history(number, false)).anyMatch(h -> h.note() != null && h.note().contains("Still sick people"));
    }

    @Test
    void aMissingTranslationFallsBackToEnglishAndArabicIsRightToLeft() {
        WebSession web = new WebSession(port);
        var ar = web.get("/?lang=ar").body();
        assertThat(ar).contains("dir=\"rtl\"").contains("lang=\"ar\"").doesNotContain("??");
        var zh = web.get("/login?lang=zh").body();
        assertThat(zh).contains("lang=\"zh\"").doesNotContain("??").doesNotContain("login.title");
    }

    static List<Map.Entry<String, String>> fields(double lat, double lon, String email) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(Map.entry("attribute[descriptor]", "3-or-more"),
                Map.entry("attribute[people_ill]", "3"), Map.entry("attribute[meal_time]", "2026-11-20T19:30"),
                Map.entry("attribute[establishment_name]", "Joe's"), Map.entry("attribute[details]", "Soup"),
                Map.entry("description", "We got sick"), Map.entry("lat", String.valueOf(lat)),
                Map.entry("lon", String.valueOf(lon)), Map.entry("firstName", "Rosa"), Map.entry("lastName", "Diaz"),
                Map.entry("email", email), Map.entry("notifyStatus", "yes"), Map.entry("notifyClosure", "yes")));
        return f;
    }
}
